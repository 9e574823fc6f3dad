package io.restsocial.boot.interop;

import java.util.Map;

import io.restsocial.boot.autoconfigure.RestSocialAutoConfiguration;
import io.restsocial.boot.autoconfigure.RestSocialJdbcAutoConfiguration;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import io.restsocial.core.provider.builtin.GoogleProvider;
import io.restsocial.core.provider.builtin.OktaProvider;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.oauth2.client.CommonOAuth2Provider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's common registration ids whose python-social-auth names differ ({@code google},
 * {@code okta}) take our definitions under their own id, and a known provider's client
 * authentication is the registration's only when Boot's properties set it.
 */
class ClientRegistrationCommonIdsTests {

	private static final String REGISTRATION = "spring.security.oauth2.client.registration.";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class, RestSocialJdbcAutoConfiguration.class,
				RestSocialAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:common-ids;DB_CLOSE_DELAY=-1");

	@Test
	void oktaRegistrationThenOktaDefinitionNamedOkta() {
		OAuth2ProviderDefinition oktaOpenIdConnect = BuiltInProviders.oauth2().get(OktaProvider.NAME);
		this.runner.withUserConfiguration(OktaRepository.class).run((context) -> {
			OAuth2Provider okta = provider(context, "okta");
			assertThat(okta.definition().getName()).isEqualTo("okta");
			assertThat(okta.definition().getDetailsMapper()).isSameAs(oktaOpenIdConnect.getDetailsMapper());
			assertThat(okta.clientId()).isEqualTo("okta-client");
			// Okta's uid, as python-social-auth's: preferred_username, not sub.
			Map<String, Object> claims = Map.of("sub", "00u1", "preferred_username", "jdoe@corp.example",
					"email", "jdoe@corp.example");
			SocialDetails details = okta.userDetails(claims);
			assertThat(okta.userId(details, claims)).isEqualTo("jdoe@corp.example");
			assertThat(context.getBean(ProviderRegistry.class).find(OktaProvider.NAME)).isEmpty();
		});
	}

	@Test
	void googleRegistrationWithoutClientAuthenticationMethodThenGooglesOwnNotSpringsBasicDefault() {
		this.runner.withPropertyValues(REGISTRATION + "google.client-id=g", REGISTRATION + "google.client-secret=s")
			.run((context) -> {
				OAuth2Provider google = provider(context, "google");
				assertThat(google.clientRegistration().getClientAuthenticationMethod())
					.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
				// Spring's default endpoints leave the definition's in place.
				assertThat(google.clientRegistration().getProviderDetails().getTokenUri())
					.isEqualTo(BuiltInProviders.oauth2().get(GoogleProvider.NAME).getTokenUri());
			});
	}

	@Test
	void googleRegistrationWithClientAuthenticationMethodThenThatMethod() {
		this.runner
			.withPropertyValues(REGISTRATION + "google.client-id=g", REGISTRATION + "google.client-secret=s",
					REGISTRATION + "google.client-authentication-method=client_secret_basic")
			.run((context) -> assertThat(provider(context, "google").clientRegistration().getClientAuthenticationMethod())
				.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC));
	}

	@Test
	void googleRegistrationWithHttpBasicButNoSecretThenStartUpFailsNamingTheSecret() {
		this.runner
			.withPropertyValues(REGISTRATION + "google.client-id=g",
					REGISTRATION + "google.client-authentication-method=client_secret_basic")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "google")
				.hasMessageContaining("client-secret"));
	}

	@Test
	void knownProviderWithUnsupportedClientAuthenticationMethodThenStartUpFailsNamingIt() {
		this.runner
			.withPropertyValues(REGISTRATION + "github.client-id=gh", REGISTRATION + "github.client-secret=s",
					REGISTRATION + "github.client-authentication-method=private_key_jwt")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "github")
				.hasMessageContaining("private_key_jwt"));
	}

	@Test
	void appDefinitionNamedGoogleThenItWinsOverGoogleOAuth2() {
		this.runner.withUserConfiguration(OwnGoogleDefinition.class)
			.withPropertyValues(REGISTRATION + "google.client-id=g", REGISTRATION + "google.client-secret=s")
			.run((context) -> assertThat(provider(context, "google").definition())
				.isSameAs(context.getBean(OAuth2ProviderDefinition.class)));
	}

	private static OAuth2Provider provider(AssertableApplicationContext context, String name) {
		assertThat(context).hasNotFailed();
		return (OAuth2Provider) context.getBean(ProviderRegistry.class).find(name).orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class OktaRepository {

		@Bean
		ClientRegistrationRepository clientRegistrationRepository() {
			// As Boot builds it from an Okta org's issuer, without fetching its metadata.
			String issuer = "https://corp.okta.example/oauth2/default";
			return new InMemoryClientRegistrationRepository(CommonOAuth2Provider.OKTA.getBuilder("okta")
				.clientId("okta-client")
				.clientSecret("okta-secret")
				.issuerUri(issuer)
				.authorizationUri(issuer + "/v1/authorize")
				.tokenUri(issuer + "/v1/token")
				.userInfoUri(issuer + "/v1/userinfo")
				.jwkSetUri(issuer + "/v1/keys")
				.build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnGoogleDefinition {

		@Bean
		OAuth2ProviderDefinition ownGoogle() {
			return OAuth2ProviderDefinition.from(BuiltInProviders.oauth2().get(GoogleProvider.NAME))
				.name("google")
				.scope("openid", "email")
				.build();
		}

	}

}
