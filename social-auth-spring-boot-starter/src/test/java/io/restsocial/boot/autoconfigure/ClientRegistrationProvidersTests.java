package io.restsocial.boot.autoconfigure;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import io.restsocial.core.provider.builtin.GenericOAuth2Provider;
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
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How Spring Security's client registrations become providers of the registry: which definition
 * an id takes, which registrations are left out, what wins, and which fail start-up (naming
 * their key).
 */
class ClientRegistrationProvidersTests {

	private static final String REGISTRATION = "spring.security.oauth2.client.registration.";

	private static final String PROVIDER = "spring.security.oauth2.client.provider.";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class, RestSocialJdbcAutoConfiguration.class,
				RestSocialAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:registrations;DB_CLOSE_DELAY=-1");

	@Test
	void githubRegistrationWithoutUrisThenGitHubDefinitionWithBootsGitHubEndpointsAndScope() {
		this.runner.withPropertyValues(REGISTRATION + "github.client-id=gh", REGISTRATION + "github.client-secret=s")
			.run((context) -> {
				OAuth2Provider github = provider(context, "github");
				assertThat(github.definition()).isSameAs(BuiltInProviders.oauth2().get("github"));
				assertThat(github.clientId()).isEqualTo("gh");
				assertThat(github.clientRegistration().getProviderDetails().getTokenUri()).isEqualTo("https://github.com/login/oauth/access_token");
				assertThat(github.scope()).containsExactly("read:user");
			});
	}

	@Test
	void facebookRegistrationThenSpringsOldDefaultEndpointsDoNotReplaceTheDefinitions() {
		OAuth2ProviderDefinition facebook = BuiltInProviders.oauth2().get("facebook");
		this.runner.withPropertyValues(REGISTRATION + "facebook.client-id=fb", REGISTRATION + "facebook.client-secret=s")
			.run((context) -> {
				OAuth2Provider provider = provider(context, "facebook");
				assertThat(provider.definition()).isSameAs(facebook);
				assertThat(provider.clientRegistration().getProviderDetails().getTokenUri()).isEqualTo(facebook.getTokenUri());
				assertThat(provider.clientRegistration().getProviderDetails().getUserInfoEndpoint().getUri()).isEqualTo(facebook.getUserInfoUri());
			});
		this.runner
			.withPropertyValues(REGISTRATION + "facebook.client-id=fb", REGISTRATION + "facebook.client-secret=s",
					PROVIDER + "facebook.user-info-uri=https://graph.example/me")
			.run((context) -> assertThat(provider(context, "facebook").clientRegistration().getProviderDetails().getUserInfoEndpoint().getUri())
				.isEqualTo("https://graph.example/me"));
	}

	@Test
	void googleRegistrationThenGoogleOAuth2DefinitionNamedGoogle() {
		// Boot's google takes our google-oauth2 definition, under the registration's id.
		OAuth2ProviderDefinition googleOAuth2 = BuiltInProviders.oauth2().get("google-oauth2");
		this.runner.withPropertyValues(REGISTRATION + "google.client-id=g", REGISTRATION + "google.client-secret=s")
			.run((context) -> {
				OAuth2Provider google = provider(context, "google");
				assertThat(google.definition().getName()).isEqualTo("google");
				assertThat(google.definition().getDetailsMapper()).isSameAs(googleOAuth2.getDetailsMapper());
				assertThat(google.definition().getIdToken()).isEqualTo(googleOAuth2.getIdToken());
				assertThat(google.usesUniqueUserId()).isTrue();
				assertThat(context.getBean(ProviderRegistry.class).find("google-oauth2")).isEmpty();
			});
	}

	@Test
	void clientCredentialsRegistrationThenNoProvider() {
		this.runner
			.withPropertyValues(REGISTRATION + "backend.client-id=b", REGISTRATION + "backend.client-secret=s",
					REGISTRATION + "backend.authorization-grant-type=client_credentials",
					PROVIDER + "backend.token-uri=https://auth.example/token")
			.run((context) -> assertThat(context.getBean(ProviderRegistry.class).find("backend")).isEmpty());
	}

	@Test
	void registrationNamedLikeAnAppsDefinitionBeanThenThatDefinition() {
		this.runner.withUserConfiguration(CorpDefinition.class)
			.withPropertyValues(REGISTRATION + "corp.client-id=c", REGISTRATION + "corp.client-secret=s",
					REGISTRATION + "corp.authorization-grant-type=authorization_code",
					REGISTRATION + "corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
					PROVIDER + "corp.authorization-uri=https://corp.example/authorize",
					PROVIDER + "corp.token-uri=https://corp.example/token")
			.run((context) -> {
				OAuth2Provider corp = provider(context, "corp");
				assertThat(corp.definition()).isSameAs(context.getBean(OAuth2ProviderDefinition.class));
				assertThat(corp.clientRegistration().getProviderDetails().getTokenUri()).isEqualTo("https://corp.example/token");
			});
	}

	@Test
	void providerBeanOfTheSameNameWinsOverTheRegistration() {
		this.runner.withUserConfiguration(GitHubProviderBean.class)
			.withPropertyValues(REGISTRATION + "github.client-id=gh", REGISTRATION + "github.client-secret=s")
			.run((context) -> assertThat(context.getBean(ProviderRegistry.class).find("github"))
				.containsSame(context.getBean(SocialProvider.class)));
	}

	@Test
	void repositoryThatCannotBeIteratedThenRegistrationsNamedByTheProperties() {
		this.runner.withUserConfiguration(LookupOnlyRepository.class)
			.withPropertyValues(REGISTRATION + "corp.client-id=from-properties")
			.run((context) -> assertThat(provider(context, "corp").clientId()).isEqualTo("corp-client"));
	}

	@Test
	void registrationNamedLikeAnOAuth1ProviderThenStartUpFailsNamingIt() {
		this.runner
			.withPropertyValues(REGISTRATION + "twitter.client-id=t", REGISTRATION + "twitter.client-secret=s",
					REGISTRATION + "twitter.authorization-grant-type=authorization_code",
					REGISTRATION + "twitter.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
					PROVIDER + "twitter.authorization-uri=https://twitter.example/authorize",
					PROVIDER + "twitter.token-uri=https://twitter.example/token",
					PROVIDER + "twitter.user-info-uri=https://twitter.example/me")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "twitter")
				.hasMessageContaining("OAuth 1.0a"));
	}

	@Test
	void unsupportedClientAuthenticationMethodThenStartUpFailsNamingIt() {
		this.runner.withPropertyValues(genericRegistration("corp"))
			.withPropertyValues(REGISTRATION + "corp.client-authentication-method=private_key_jwt")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "corp")
				.hasMessageContaining("private_key_jwt"));
	}

	@Test
	void publicClientOfAProviderThatTakesOnlyHttpBasicThenStartUpFailsNamingTheSecret() {
		this.runner.withPropertyValues(genericRegistration("corp"))
			.withPropertyValues(REGISTRATION + "corp.client-secret=",
					REGISTRATION + "corp.client-authentication-method=client_secret_basic")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "corp")
				.hasMessageContaining("client-secret"));
		this.runner
			.withPropertyValues(REGISTRATION + "reddit.client-id=o",
					REGISTRATION + "reddit.client-authentication-method=none",
					REGISTRATION + "reddit.authorization-grant-type=authorization_code",
					REGISTRATION + "reddit.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
					PROVIDER + "reddit.authorization-uri=https://reddit.example/authorize",
					PROVIDER + "reddit.token-uri=https://reddit.example/token")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "reddit")
				.hasMessageContaining("HTTP Basic"));
	}

	@Test
	void openIdScopeWithoutIssuerThenStartUpFailsNamingIssuerUri() {
		this.runner.withPropertyValues(genericRegistration("corp"))
			.withPropertyValues(REGISTRATION + "corp.scope=openid,profile")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "corp")
				.hasMessageContaining("issuer-uri"));
	}

	@Test
	void plainOAuth2WithoutUserInfoUriThenStartUpFailsNamingIt() {
		this.runner.withPropertyValues(genericRegistration("corp"))
			.withPropertyValues(PROVIDER + "corp.user-info-uri=")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(REGISTRATION + "corp")
				.hasMessageContaining("user-info-uri"));
	}

	@Test
	void plainOAuth2ThenGenericProviderWithHttpBasicAndStandardClaims() {
		this.runner.withPropertyValues(genericRegistration("corp")).run((context) -> {
			OAuth2Provider corp = provider(context, "corp");
			assertThat(corp.usesNonce()).isFalse();
			assertThat(corp.definition().getClientAuthenticationMethod())
				.isEqualTo(org.springframework.security.oauth2.core.ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
			Map<String, Object> user = Map.of("sub", "s-1", "id", 7, "login", "jdoe", "email", "j@corp.example");
			SocialDetails details = corp.userDetails(user);
			assertThat(details.username()).isEqualTo("jdoe");
			assertThat(details.emailVerified()).isFalse();
			assertThat(corp.userId(details, user)).isEqualTo("s-1");
		});
	}

	private static String[] genericRegistration(String id) {
		return new String[] { REGISTRATION + id + ".client-id=c", REGISTRATION + id + ".client-secret=s",
				REGISTRATION + id + ".authorization-grant-type=authorization_code",
				REGISTRATION + id + ".redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
				PROVIDER + id + ".authorization-uri=https://corp.example/authorize",
				PROVIDER + id + ".token-uri=https://corp.example/token",
				PROVIDER + id + ".user-info-uri=https://corp.example/me" };
	}

	private static OAuth2Provider provider(AssertableApplicationContext context, String name) {
		assertThat(context).hasNotFailed();
		return (OAuth2Provider) context.getBean(ProviderRegistry.class).find(name).orElseThrow();
	}

	@Configuration(proxyBeanMethods = false)
	static class CorpDefinition {

		@Bean
		OAuth2ProviderDefinition corpDefinition() {
			return GenericOAuth2Provider.builder("corp", "employee_id")
				.tokenUri("https://default.corp.example/token")
				.userInfoUri("https://default.corp.example/me")
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class GitHubProviderBean {

		@Bean
		SocialProvider ownGitHub() {
			return new InertSocialProvider("github");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class LookupOnlyRepository {

		@Bean
		ClientRegistrationRepository clientRegistrationRepository() {
			ClientRegistration corp = ClientRegistration.withRegistrationId("corp")
				.clientId("corp-client")
				.clientSecret("s")
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.authorizationUri("https://corp.example/authorize")
				.tokenUri("https://corp.example/token")
				.userInfoUri("https://corp.example/me")
				.build();
			return (id) -> corp.getRegistrationId().equals(id) ? corp : null;
		}

	}

}
