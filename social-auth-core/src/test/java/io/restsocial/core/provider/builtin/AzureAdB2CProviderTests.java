package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.TestHttp;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.ProviderRegistration;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Azure AD B2C's endpoints are made from the tenant name and policy settings, as
 * python-social-auth's {@code BASE_URL} and {@code ?p=<policy>}; the registration's own URIs (a
 * custom domain) beat them, and a missing setting stops the provider from being built.
 */
class AzureAdB2CProviderTests {

	private static final String ISSUER = "https://contoso.b2clogin.com/9a9a9a9a-1111-5555-0000-bc24adfdae00/v2.0/";

	@Test
	void clientRegistrationWhenTenantNameAndPolicySetThenEndpointsOfThatUserFlow() {
		OAuth2Provider provider = provider(
				registration().settings(Map.of("tenant-name", "contoso", "policy", "B2C_1_SignIn")).build());

		ClientRegistration.ProviderDetails details = provider.clientRegistration().getProviderDetails();

		assertThat(details.getTokenUri())
			.isEqualTo("https://contoso.b2clogin.com/contoso.onmicrosoft.com/oauth2/v2.0/token?p=B2C_1_SignIn");
		assertThat(details.getJwkSetUri())
			.isEqualTo("https://contoso.b2clogin.com/contoso.onmicrosoft.com/discovery/v2.0/keys?p=B2C_1_SignIn");
		String url = provider.authorizationUrl("https://app.example/cb", "state-1", "nonce-1", null).orElseThrow();
		assertThat(url).startsWith("https://contoso.b2clogin.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?");
		assertThat(UriComponentsBuilder.fromUriString(url).build().getQueryParams().toSingleValueMap())
			.containsEntry("p", "B2C_1_SignIn")
			.containsEntry("nonce", "nonce-1")
			.containsEntry("client_id", "client-1");
		assertThat(provider.usesNonce()).isTrue();
	}

	@Test
	void clientRegistrationWhenCustomDomainUrisSetThenTheyBeatTheSettings() {
		OAuth2Provider provider = provider(registration().tokenUri("https://login.contoso.example/token?p=b2c_1_x")
			.authorizationUri("https://login.contoso.example/authorize?p=b2c_1_x")
			.jwkSetUri("https://login.contoso.example/keys?p=b2c_1_x")
			.build());

		ClientRegistration.ProviderDetails details = provider.clientRegistration().getProviderDetails();

		assertThat(details.getTokenUri()).isEqualTo("https://login.contoso.example/token?p=b2c_1_x");
		assertThat(details.getAuthorizationUri()).isEqualTo("https://login.contoso.example/authorize?p=b2c_1_x");
		assertThat(details.getJwkSetUri()).isEqualTo("https://login.contoso.example/keys?p=b2c_1_x");
	}

	@Test
	void newProviderWhenPolicySettingMissingThenErrorNamesTheSetting() {
		assertThatIllegalStateException()
			.isThrownBy(() -> provider(registration().settings(Map.of("tenant-name", "contoso")).build()))
			.withMessageContaining("needs the setting 'policy'");
	}

	private static ProviderRegistration.Builder registration() {
		return ProviderRegistration.withName(AzureAdB2CProvider.NAME)
			.clientId("client-1")
			.clientSecret("secret-1")
			.issuerUri(ISSUER);
	}

	private static OAuth2Provider provider(ProviderRegistration registration) {
		return new OAuth2Provider(AzureAdB2CProvider.definition(), registration, TestHttp.client());
	}

}
