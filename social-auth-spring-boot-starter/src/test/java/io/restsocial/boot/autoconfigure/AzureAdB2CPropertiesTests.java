package io.restsocial.boot.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.restsocial.core.TestHttp;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code azuread-b2c-oauth2} from properties: its endpoints are made from
 * {@code settings.tenant-name} and {@code settings.policy}, so start-up takes the provider with
 * those and its issuer, and names a missing setting.
 */
class AzureAdB2CPropertiesTests {

	private static final String ISSUER = "https://contoso.b2clogin.com/9a9a9a9a-1111-5555-0000-bc24adfdae00/v2.0/";

	@Test
	void asProvidersWhenTenantNameAndPolicySetThenEndpointsOfThatUserFlow() {
		RestSocialProperties.Provider b2c = b2c(Map.of("tenant-name", "contoso", "policy", "B2C_1_SignIn"));

		List<?> providers = mapper(b2c).asProviders(BuiltInProviders.oauth2(), BuiltInProviders.oauth1(),
				TestHttp.client(), Clock.systemUTC(), () -> null);

		assertThat(providers).singleElement()
			.isInstanceOfSatisfying(OAuth2Provider.class, (provider) -> assertThat(
					provider.clientRegistration().getProviderDetails().getTokenUri())
				.isEqualTo("https://contoso.b2clogin.com/contoso.onmicrosoft.com/oauth2/v2.0/token?p=B2C_1_SignIn"));
	}

	@Test
	void asProvidersWhenTenantNameMissingThenErrorNamesTheSetting() {
		RestSocialProperties.Provider b2c = b2c(Map.of("policy", "B2C_1_SignIn"));

		assertThatIllegalStateException()
			.isThrownBy(() -> mapper(b2c).asProviders(BuiltInProviders.oauth2(), BuiltInProviders.oauth1(),
					TestHttp.client(), Clock.systemUTC(), () -> null))
			.withMessageContaining("needs the setting 'tenant-name'");
	}

	private static RestSocialProperties.Provider b2c(Map<String, String> settings) {
		RestSocialProperties.Provider b2c = new RestSocialProperties.Provider();
		b2c.setClientId("client-1");
		b2c.setClientSecret("secret-1");
		b2c.setIssuerUri(ISSUER);
		b2c.setSettings(settings);
		return b2c;
	}

	private static ProviderPropertiesMapper mapper(RestSocialProperties.Provider b2c) {
		return new ProviderPropertiesMapper(Map.of("azuread-b2c-oauth2", b2c));
	}

}
