package io.restsocial.boot.autoconfigure;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import io.restsocial.boot.credential.jwt.JwtCredentialAutoConfiguration;
import io.restsocial.boot.credential.opaque.OpaqueTokenCredentialAutoConfiguration;
import io.restsocial.boot.credential.session.SessionCredentialAutoConfiguration;
import io.restsocial.boot.credential.token.StoredTokenCredentialAuthenticator;
import io.restsocial.boot.credential.token.StoredTokenCredentialAutoConfiguration;
import io.restsocial.boot.credential.token.StoredTokenCredentialIssuer;
import io.restsocial.boot.web.RedirectUriResolver;
import io.restsocial.boot.web.SocialAuthExceptionHandler;
import io.restsocial.boot.web.SocialLoginController;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.jdbc.JdbcSocialAccountRepository;
import io.restsocial.core.jdbc.JdbcStoredTokenService;
import io.restsocial.core.jdbc.JdbcUserService;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.pipeline.AssociateByEmailStep;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.pipeline.PipelineStep;
import io.restsocial.core.pipeline.SocialDetailsStep;
import io.restsocial.core.pipeline.SocialUserStep;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.token.StoredTokenService;
import io.restsocial.core.user.NewUser;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;
import java.util.stream.Stream;

import io.restsocial.boot.credential.session.SessionCredentialIssuer;
import io.restsocial.boot.web.SocialCsrfController;
import io.restsocial.core.provider.InMemoryProviderRegistry;
import io.restsocial.boot.jwt.JwtKeys;
import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.core.token.OpaqueTokenService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per condition and per back-off of the auto-configurations.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestSocialAutoConfigurationTests {

	private static final AutoConfigurations STARTER = AutoConfigurations.of(RestSocialJdbcAutoConfiguration.class,
			RestSocialAutoConfiguration.class, RestSocialWebMvcAutoConfiguration.class,
			RestSocialSecurityAutoConfiguration.class, SessionCredentialAutoConfiguration.class,
			StoredTokenCredentialAutoConfiguration.class, JwtCredentialAutoConfiguration.class,
			OpaqueTokenCredentialAutoConfiguration.class);

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withConfiguration(STARTER)
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	// Without a transaction, a login that fails after creating its user would leave the user, and
	// two disconnects at once could remove a user's last two accounts: an ambiguous transaction
	// manager stops the start rather than run without one.
	@Test
	void transactionsWhenSeveralManagersAndNonePrimaryThenStartUpFailsNamingThem() {
		this.web.withUserConfiguration(TwoTransactionManagers.class)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("first, second")
				.hasMessageContaining("@Primary"));
	}

	@Test
	void transactionsWhenSeveralManagersAndOnePrimaryThenLoginsUseIt() {
		this.web.withUserConfiguration(TwoTransactionManagers.class, PrimaryTransactionManager.class)
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(SocialAuthenticator.class));
	}

	@Test
	void defaultsWhenDataSourceThenJdbcStorageEndpointsAndBothFilterChains() {
		this.web.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).getBean(UserService.class).isInstanceOf(JdbcUserService.class);
			assertThat(context).getBean(SocialAccountRepository.class).isInstanceOf(JdbcSocialAccountRepository.class);
			assertThat(context).getBean(StoredTokenService.class).isInstanceOf(JdbcStoredTokenService.class);
			assertThat(context).hasSingleBean(RestSocialSchemaInitializer.class);
			assertThat(context).hasSingleBean(SocialAuthenticator.class);
			assertThat(context).hasSingleBean(SocialLoginController.class);
			assertThat(context).hasSingleBean(SocialAuthExceptionHandler.class);
			assertThat(context).hasSingleBean(RedirectUriResolver.class);
			assertThat(context).hasSingleBean(StoredTokenCredentialAuthenticator.class);
			assertThat(context).hasBean(RestSocialSecurityAutoConfiguration.LOGIN_FILTER_CHAIN);
			assertThat(context).hasBean(RestSocialSecurityAutoConfiguration.DEFAULT_FILTER_CHAIN);
			assertThat(context.getBeansOfType(SecurityFilterChain.class)).hasSize(2);
			assertThat(context.getBean(ProviderRegistry.class).providers()).isEmpty();
			// The schema was created in the embedded database.
			assertThat(JdbcClient.create(context.getBean(javax.sql.DataSource.class))
				.sql("SELECT COUNT(*) FROM social_account")
				.query(Long.class)
				.single()).isZero();
		});
	}

	@Test
	void accountRepositoryWhenDefaultStoredTokensThenALoginsTransactionHandsOutTheTokenReadWithTheAccount() {
		this.web.run((context) -> {
			UserService users = context.getBean(UserService.class);
			SocialAccountRepository accounts = context.getBean(SocialAccountRepository.class);
			StoredTokenService tokens = context.getBean(StoredTokenService.class);
			SocialUser user = users.create(new NewUser("ann", "", "", ""));
			accounts.create("github", "1", user.idAsString());
			String token = tokens.obtain(user.idAsString());
			JdbcClient other = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
			TransactionTemplate transactions = new TransactionTemplate(
					context.getBean(PlatformTransactionManager.class));
			String handedOut = transactions.execute((status) -> {
				assertThat(accounts.findWithUser("github", "1", users).orElseThrow().user()).isEqualTo(user);
				// Changed behind the token service, in the same transaction: it is not looked for again.
				other.sql("UPDATE social_token SET token_key = 'changed' WHERE user_id = ?")
					.param(user.idAsString())
					.update();
				return tokens.obtain(user.idAsString());
			});
			assertThat(handedOut).isEqualTo(token);
			assertThat(tokens.obtain(user.idAsString())).isEqualTo("changed");
		});
	}

	@Test
	void preinitializerWhenStarterOnThenRegisteredOnce() {
		this.web.run((context) -> assertThat(context).hasSingleBean(RestSocialPreinitializer.class));
	}

	@Test
	void registryWhenProviderHasClientIdThenConfiguredAndOthersNot() {
		this.web
			.withPropertyValues("rest.social.providers.github.client-id=id",
					"rest.social.providers.github.client-secret=secret",
					"rest.social.providers.facebook.client-secret=only-a-secret")
			.run((context) -> assertThat(context.getBean(ProviderRegistry.class).providers())
				.extracting(SocialProvider::name)
				.containsExactly("github"));
	}

	@Test
	void registryWhenUnknownProviderNameThenStartupFailsNamingTheKey() {
		this.web.withPropertyValues("rest.social.providers.gihtub.client-id=id")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("rest.social.providers.gihtub")
				.hasMessageContaining("github"));
	}

	@Test
	void registryWhenUserDefinesProviderDefinitionThenItCanBeConfiguredByProperties() {
		this.web.withUserConfiguration(CustomDefinitionConfiguration.class)
			.withPropertyValues("rest.social.providers.acme.client-id=id")
			.run((context) -> assertThat(context.getBean(ProviderRegistry.class).find("acme")).isPresent());
	}

	@Test
	void jwtWhenSecretShorterThan256BitsThenStartupFailsNamingTheProperty() {
		this.web.withPropertyValues("rest.social.jwt.secret=too-short")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("rest.social.jwt.secret")
				.hasStackTraceContaining("256 bits"));
	}

	@Test
	void jwtWhenSecretAndKeyPairThenStartupFailsNamingBoth() {
		this.web
			.withPropertyValues("rest.social.jwt.secret=an-hs256-secret-of-at-least-32-bytes!",
					"rest.social.jwt.private-key=classpath:nowhere.pem")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("rest.social.jwt: set either secret"));
	}

	@Test
	void jwtWhenNoKeyConfiguredThenRandomKeyAndOneWarning(CapturedOutput output) {
		this.web.run((context) -> {
			assertThat(context.getBean(JwtKeys.class).isEphemeral()).isTrue();
			assertThat(context).hasSingleBean(JwtTokenService.class);
		});
		assertThat(output).containsOnlyOnce("JWTs are signed with a random key made at start-up");
	}

	@Test
	void jwtWhenSecretConfiguredThenHs256AndNoWarning(CapturedOutput output) {
		this.web.withPropertyValues("rest.social.jwt.secret=an-hs256-secret-of-at-least-32-bytes!")
			.run((context) -> assertThat(context.getBean(JwtKeys.class).isEphemeral()).isFalse());
		assertThat(output).doesNotContain("random key");
	}

	@Test
	void tokensWhenNoDataSourceThenNoJwtOrOpaqueBeans() {
		new ApplicationContextRunner().withConfiguration(STARTER)
			.withUserConfiguration(InMemoryStorageConfiguration.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(JwtTokenService.class);
				assertThat(context).doesNotHaveBean(OpaqueTokenService.class);
			});
	}

	@Test
	void basePathWhenMalformedThenStartupFailsNamingTheProperty() {
		this.web.withPropertyValues("rest.social.base-path=api/login/")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("rest.social.base-path"));
	}

	@Test
	void jdbcWhenUserDefinesUserServiceThenDefaultBacksOff() {
		this.web.withUserConfiguration(CustomUserServiceConfiguration.class).run((context) -> {
			assertThat(context).getBean(UserService.class).isSameAs(context.getBean("customUsers"));
			assertThat(context).doesNotHaveBean(JdbcUserService.class);
			assertThat(context).hasSingleBean(JdbcSocialAccountRepository.class);
		});
	}

	@Test
	void jdbcWhenNoDataSourceThenNoJdbcBeans() {
		new ApplicationContextRunner().withConfiguration(STARTER)
			.withUserConfiguration(InMemoryStorageConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(JdbcUserService.class);
				assertThat(context).doesNotHaveBean(RestSocialSchemaInitializer.class);
				assertThat(context).hasSingleBean(SocialAuthenticator.class);
				// Not a web application: no endpoints, no filter chains.
				assertThat(context).doesNotHaveBean(SocialLoginController.class);
			});
	}

	@Test
	void jdbcWhenJdbcClientClassMissingThenNoJdbcBeans() {
		this.web.withClassLoader(new FilteredClassLoader(JdbcClient.class))
			.withUserConfiguration(InMemoryStorageConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean(RestSocialSchemaInitializer.class));
	}

	@Test
	void controllerWhenUserDefinesSubclassThenDefaultBacksOff() {
		this.web.withUserConfiguration(CustomControllerConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SocialLoginController.class);
			assertThat(context).getBean(SocialLoginController.class).isInstanceOf(CustomController.class);
		});
	}

	@Test
	void securityWhenUserDefinesFilterChainThenDefaultChainBacksOffAndLoginChainStays() {
		this.web.withUserConfiguration(CustomFilterChainConfiguration.class).run((context) -> {
			assertThat(context).hasBean(RestSocialSecurityAutoConfiguration.LOGIN_FILTER_CHAIN);
			assertThat(context).doesNotHaveBean(RestSocialSecurityAutoConfiguration.DEFAULT_FILTER_CHAIN);
			assertThat(context).hasBean("appChain");
		});
	}

	@Test
	void securityWhenSpringSecurityAbsentThenNoFilterChains() {
		this.web.withClassLoader(new FilteredClassLoader(SecurityFilterChain.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(RestSocialSecurityAutoConfiguration.LOGIN_FILTER_CHAIN);
			assertThat(context).doesNotHaveBean(StoredTokenCredentialAuthenticator.class);
		});
	}

	@Test
	void pipelineWhenUserDefinesOneThenUsed() {
		this.web.withBean(Pipeline.class, () -> Pipeline.of(List.of(new SocialDetailsStep())))
			.run((context) -> assertThat(context.getBean(Pipeline.class).steps()).hasSize(1));
	}

	@Test
	void pipelineWhenAssociateByEmailThenItsStepRightAfterTheSocialUserLookup() {
		this.web.run((context) -> assertThat(context.getBean(Pipeline.class).steps())
			.noneMatch(AssociateByEmailStep.class::isInstance));
		this.web.withPropertyValues("rest.social.pipeline.associate-by-email=true").run((context) -> {
			List<PipelineStep> steps = context.getBean(Pipeline.class).steps();
			int lookup = steps.indexOf(steps.stream().filter(SocialUserStep.class::isInstance).findFirst().orElseThrow());
			assertThat(steps.get(lookup + 1)).isInstanceOf(AssociateByEmailStep.class);
		});
	}

	@Test
	void providerWhenUseUniqueUserIdSetThenRegistrationCarriesIt() {
		this.web
			.withPropertyValues("rest.social.providers.google-oauth2.client-id=id",
					"rest.social.providers.google-oauth2.use-unique-user-id=false",
					"rest.social.providers.azuread-oauth2.client-id=id")
			.run((context) -> {
				ProviderRegistry registry = context.getBean(ProviderRegistry.class);
				assertThat(registry.find("google-oauth2")).get()
					.satisfies((provider) -> assertThat(((OAuth2Provider) provider).usesUniqueUserId()).isFalse());
				assertThat(registry.find("azuread-oauth2")).get()
					.satisfies((provider) -> assertThat(((OAuth2Provider) provider).usesUniqueUserId()).isTrue());
			});
	}

	@Test
	void httpClientWhenUserDefinesOneThenDefaultBacksOff() {
		ProviderHttpClient custom = new ProviderHttpClient(org.springframework.web.client.RestClient.create());
		this.web.withBean(ProviderHttpClient.class, () -> custom)
			.run((context) -> assertThat(context.getBean(ProviderHttpClient.class)).isSameAs(custom));
	}

	@Test
	void tokenIssuerWhenUserDefinesOneThenDefaultBacksOff() {
		StoredTokenCredentialIssuer custom = new StoredTokenCredentialIssuer(new JdbcStoredTokenService(
				JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource("jdbc:h2:mem:x")),
				Clock.systemUTC()));
		this.web.withBean(StoredTokenCredentialIssuer.class, () -> custom)
			.run((context) -> assertThat(context.getBean(StoredTokenCredentialIssuer.class)).isSameAs(custom));
	}

	static Stream<Arguments> replaceableBeans() {
		InMemoryStorageConfiguration storage = new InMemoryStorageConfiguration();
		ProviderRegistry registry = new InMemoryProviderRegistry(List.of());
		return Stream.of(Arguments.of(SocialAccountRepository.class, storage.accounts()),
				Arguments.of(StoredTokenService.class, storage.tokens()), Arguments.of(ProviderRegistry.class, registry),
				Arguments.of(SocialAuthenticator.class,
						new SocialAuthenticator(registry, Pipeline.of(List.of()),
								TransactionOperations.withoutTransaction())),
				Arguments.of(RedirectUriResolver.class, new RedirectUriResolver(null, "/cb", false, null)),
				Arguments.of(SessionCredentialIssuer.class, new SessionCredentialIssuer()),
				Arguments.of(SocialCsrfController.class, new SocialCsrfController()),
				Arguments.of(SocialAuthExceptionHandler.class, new SocialAuthExceptionHandler(true, false)),
				Arguments.of(io.restsocial.core.account.SocialAccountService.class,
						new io.restsocial.core.account.SocialAccountService(storage.accounts(),
								TransactionOperations.withoutTransaction())),
				Arguments.of(StoredTokenCredentialAuthenticator.class,
						new StoredTokenCredentialAuthenticator("Key", storage.tokens(), new InMemoryUsers())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("replaceableBeans")
	<T> void beanWhenUserDefinesOneThenDefaultBacksOff(Class<T> type, T custom) {
		this.web.withBean(type, () -> custom).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(type)).hasSize(1);
			assertThat(context.getBean(type)).isSameAs(custom);
		});
	}

	@Test
	void schemaInitializerWhenInitializeSchemaNeverThenNoTables() {
		this.web.withPropertyValues("rest.social.jdbc.initialize-schema=never")
			.run((context) -> assertThat(JdbcClient.create(context.getBean(javax.sql.DataSource.class))
				.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'social_user'")
				.query(Long.class)
				.single()).isZero());
	}

	@Test
	void loginChainWhenUserDefinesOneOfThatNameThenDefaultBacksOff() {
		this.web.withUserConfiguration(CustomLoginChainConfiguration.class)
			.run((context) -> assertThat(context.getBean(RestSocialSecurityAutoConfiguration.LOGIN_FILTER_CHAIN))
				.isSameAs(context.getBean(CustomLoginChainConfiguration.class).chain));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomLoginChainConfiguration {

		SecurityFilterChain chain;

		@Bean(RestSocialSecurityAutoConfiguration.LOGIN_FILTER_CHAIN)
		@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
		SecurityFilterChain restSocialLoginSecurityFilterChain(HttpSecurity http) throws Exception {
			this.chain = http.securityMatcher("/api/login/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().denyAll())
				.build();
			return this.chain;
		}

	}

	@Test
	void conditionalOnSocialProvidersWhenNoneConfiguredThenNoMatch() {
		new ApplicationContextRunner().withUserConfiguration(ProvidersConditionConfiguration.class)
			.run((context) -> assertThat(context).doesNotHaveBean("whenProviders"));
		new ApplicationContextRunner().withUserConfiguration(ProvidersConditionConfiguration.class)
			.withPropertyValues("rest.social.providers.github.client-secret=s")
			.run((context) -> assertThat(context).doesNotHaveBean("whenProviders"));
	}

	@Test
	void conditionalOnSocialProvidersWhenOneHasClientIdThenMatch() {
		new ApplicationContextRunner().withUserConfiguration(ProvidersConditionConfiguration.class)
			.withPropertyValues("rest.social.providers.github.client-id=id")
			.run((context) -> assertThat(context).hasBean("whenProviders"));
	}

	@Configuration(proxyBeanMethods = false)
	static class ProvidersConditionConfiguration {

		@Bean
		@ConditionalOnSocialProviders
		String whenProviders() {
			return "yes";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomDefinitionConfiguration {

		@Bean
		OAuth2ProviderDefinition acme() {
			return OAuth2ProviderDefinition.withName("acme")
				.authorizationUri("https://acme.example/authorize")
				.tokenUri("https://acme.example/token")
				.userInfoUri("https://acme.example/me")
				.detailsMapper((response) -> SocialDetails.of("u", null, null, null, null))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomUserServiceConfiguration {

		@Bean
		UserService customUsers() {
			return new InMemoryUsers();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class InMemoryStorageConfiguration {

		@Bean
		UserService users() {
			return new InMemoryUsers();
		}

		@Bean
		SocialAccountRepository accounts() {
			return new SocialAccountRepository() {

				@Override
				public Optional<SocialAccount> find(String provider, String uid) {
					return Optional.empty();
				}

				@Override
				public List<SocialAccount> findByUserId(String userId) {
					return List.of();
				}

				@Override
				public SocialAccount create(String provider, String uid, String userId) {
					throw new UnsupportedOperationException();
				}

				@Override
				public void updateExtraData(long accountId, Map<String, Object> extraData) {
				}

				@Override
				public boolean delete(long accountId) {
					return false;
				}

			};
		}

		@Bean
		StoredTokenService tokens() {
			return new StoredTokenService() {

				@Override
				public String obtain(String userId) {
					return "t";
				}

				@Override
				public Optional<String> findUserId(String token) {
					return Optional.empty();
				}

				@Override
				public void revoke(String userId) {
				}

			};
		}

	}

	static class InMemoryUsers implements UserService {

		@Override
		public Optional<SocialUser> findById(String id) {
			return Optional.empty();
		}

		@Override
		public boolean usernameExists(String username) {
			return false;
		}

		@Override
		public SocialUser create(NewUser user) {
			return new SocialUser(1L, user.username(), user.email(), user.firstName(), user.lastName());
		}

		@Override
		public SocialUser update(SocialUser user) {
			return user;
		}

	}

	static class CustomController extends SocialLoginController {

		CustomController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
				List<io.restsocial.boot.credential.CredentialIssuer> issuers) {
			super(authenticator, redirectUris, issuers, tools.jackson.databind.json.JsonMapper.builder().build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomControllerConfiguration {

		@Bean
		CustomController customController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
				List<io.restsocial.boot.credential.CredentialIssuer> issuers) {
			return new CustomController(authenticator, redirectUris, issuers);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomFilterChainConfiguration {

		@Bean
		SecurityFilterChain appChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class TwoTransactionManagers {

		@Bean
		PlatformTransactionManager first(DataSource dataSource) {
			return new DataSourceTransactionManager(dataSource);
		}

		@Bean
		PlatformTransactionManager second(DataSource dataSource) {
			return new DataSourceTransactionManager(dataSource);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PrimaryTransactionManager {

		@Bean
		@Primary
		PlatformTransactionManager third(DataSource dataSource) {
			return new DataSourceTransactionManager(dataSource);
		}

	}

}
