package io.restsocial.boot.autoconfigure;

import java.time.Clock;
import java.util.Map;

import io.restsocial.core.TestHttp;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The starter names the property a provider lacks; core says what is missing in its own terms.
 */
class ProviderPropertiesMapperTests {

	@Test
	void asProvidersWhenOidcProviderHasNoIssuerUriThenErrorNamesTheKey() {
		RestSocialProperties.Provider oidc = new RestSocialProperties.Provider();
		oidc.setClientId("c");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProviderPropertiesMapper(Map.of("oidc", oidc)).asProviders(BuiltInProviders.oauth2(),
					BuiltInProviders.oauth1(), TestHttp.client(), Clock.systemUTC(), () -> null))
			.withMessageContaining("rest.social.providers.oidc.issuer-uri");
	}

	@Test
	void asProvidersWhenOidcProviderHasIssuerUriThenProviderWithoutAnyCall() {
		RestSocialProperties.Provider oidc = new RestSocialProperties.Provider();
		oidc.setClientId("c");
		// Nothing listens there: discovery waits for the first login.
		oidc.setIssuerUri("http://127.0.0.1:9/issuer");
		assertThat(new ProviderPropertiesMapper(Map.of("oidc", oidc)).asProviders(BuiltInProviders.oauth2(),
				BuiltInProviders.oauth1(), TestHttp.client(), Clock.systemUTC(), () -> null))
			.extracting(SocialProvider::name)
			.containsExactly("oidc");
	}

	@Test
	void asProvidersWhenUnknownNameHasIssuerUriThenGenericOpenIdConnectProviderOfThatName() {
		RestSocialProperties.Provider corp = new RestSocialProperties.Provider();
		corp.setClientId("c");
		corp.setIssuerUri("http://127.0.0.1:9/corp");
		assertThat(new ProviderPropertiesMapper(Map.of("corp-sso", corp)).asProviders(BuiltInProviders.oauth2(),
				BuiltInProviders.oauth1(), TestHttp.client(), Clock.systemUTC(), () -> null))
			.singleElement()
			.satisfies((provider) -> {
				assertThat(provider.name()).isEqualTo("corp-sso");
				assertThat(((OAuth2Provider) provider).definition().getIdToken()).isNotNull();
			});
	}

	@Test
	void asProvidersWhenUnknownNameHasNeitherIssuerNorEndpointsThenErrorSaysWhatToSet() {
		RestSocialProperties.Provider acme = new RestSocialProperties.Provider();
		acme.setClientId("c");
		acme.setTokenUri("https://acme.example/token");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProviderPropertiesMapper(Map.of("acme", acme)).asProviders(BuiltInProviders.oauth2(),
					BuiltInProviders.oauth1(), TestHttp.client(), Clock.systemUTC(), () -> null))
			.withMessageContaining("rest.social.providers.acme: no provider is named 'acme'")
			.withMessageContaining("issuer-uri")
			.withMessageContaining("token-uri and user-info-uri");
	}

	@Test
	void asProvidersWhenSelfHostedProviderWithoutItsServersUrisThenErrorNamesTheFirstMissingKey() {
		RestSocialProperties.Provider enterprise = new RestSocialProperties.Provider();
		enterprise.setClientId("c");
		enterprise.setAuthorizationUri("https://git.corp.example/login/oauth/authorize");
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProviderPropertiesMapper(Map.of("github-enterprise", enterprise)).asProviders(
					BuiltInProviders.oauth2(), BuiltInProviders.oauth1(), TestHttp.client(), Clock.systemUTC(),
					() -> null))
			.withMessageContaining("rest.social.providers.github-enterprise.token-uri is required");
		enterprise.setTokenUri("https://git.corp.example/login/oauth/access_token");
		enterprise.setUserInfoUri("https://git.corp.example/api/v3/user");
		assertThat(new ProviderPropertiesMapper(Map.of("github-enterprise", enterprise)).asProviders(
				BuiltInProviders.oauth2(), BuiltInProviders.oauth1(), TestHttp.client(), Clock.systemUTC(), () -> null))
			.extracting(SocialProvider::name)
			.containsExactly("github-enterprise");
	}

	@Test
	void asProvidersWhenOAuth1ProviderHasNoClientSecretThenErrorNamesTheKey() {
		RestSocialProperties.Provider twitter = new RestSocialProperties.Provider();
		twitter.setClientId("consumer-key");
		// Checked before the request-token store is looked up: none is given here.
		assertThatIllegalStateException()
			.isThrownBy(() -> new ProviderPropertiesMapper(Map.of("twitter", twitter)).asProviders(
					BuiltInProviders.oauth2(), BuiltInProviders.oauth1(), TestHttp.client(), Clock.systemUTC(),
					() -> null))
			.withMessageContaining("rest.social.providers.twitter.client-secret");
	}

}
