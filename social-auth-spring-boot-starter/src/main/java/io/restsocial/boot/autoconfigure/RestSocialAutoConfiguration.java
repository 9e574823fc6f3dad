package io.restsocial.boot.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.observation.ObservationRegistry;
import io.restsocial.boot.jwt.JwtKeys;
import io.restsocial.boot.jwt.JwtSettings;
import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.boot.observation.ProviderClientRequestObservationConvention;
import io.restsocial.boot.observation.SocialLoginObserver;
import io.restsocial.boot.web.SocialUserJson;
import io.restsocial.core.account.SocialAccountService;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.oauth1.RequestTokenStore;
import io.restsocial.core.partial.PartialLoginStore;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.pipeline.AssociateByEmailStep;
import io.restsocial.core.pipeline.GetUsernameStep;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.pipeline.PipelineSettings;
import io.restsocial.core.pipeline.RequireEmailStep;
import io.restsocial.core.pipeline.SocialUserStep;
import io.restsocial.core.provider.InMemoryProviderRegistry;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.builtin.BuiltInProviders;
import io.restsocial.core.state.LoginStateService;
import io.restsocial.core.token.JwtBlacklist;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the login core: the provider HTTP client, the provider registry (of
 * {@code rest.social.providers}, provider beans and Spring Security's client registrations), the
 * pipeline, the {@link SocialAuthenticator}, and the JWT keys and service.
 */
@AutoConfiguration(after = { RestSocialJdbcAutoConfiguration.class, TransactionAutoConfiguration.class })
@EnableConfigurationProperties(RestSocialProperties.class)
public final class RestSocialAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	static RestSocialPreinitializer restSocialPreinitializer() {
		return new RestSocialPreinitializer();
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderHttpClient restSocialProviderHttpClient(RestSocialProperties properties,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings,
			ObjectProvider<RestClientCustomizer> restClientCustomizers, ConfigurableListableBeanFactory beanFactory,
			ResourceLoader resourceLoader, ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ProviderClientRequestObservationConvention> observationConvention,
			ObjectProvider<RestSocialPreinitializer> preinitializer) {
		return new ProviderHttpClient(ProviderRestClientBuilder.build(properties.getHttp(),
				ProviderRestClientBuilderSource.of(beanFactory, restClientBuilder, restClientCustomizers),
				requestFactoryBuilder, httpClientSettings, observationRegistry.getIfUnique(),
				observationConvention.getIfUnique(ProviderClientRequestObservationConvention::new),
				resourceLoader.getClassLoader(), preinitializer.getIfUnique()),
				properties.getHttp().getMaxResponseSize().toBytes());
	}

	@Bean
	@ConditionalOnMissingBean
	ProviderRegistry restSocialProviderRegistry(RestSocialProperties properties, ProviderHttpClient http,
			ObjectProvider<OAuth2ProviderDefinition> definitions, ObjectProvider<SocialProvider> providers,
			ObjectProvider<Clock> clock, ObjectProvider<RequestTokenStore> requestTokens,
			ObjectProvider<ClientRegistrationRepository> clientRegistrations, Environment environment,
			ObjectProvider<RestSocialPreinitializer> preinitializer) {
		// A view: only the definitions the application configures are made (issue 9).
		Map<String, OAuth2ProviderDefinition> known = BuiltInProviders.oauth2(definitions.orderedStream().toList());
		List<SocialProvider> all = new ArrayList<>(
				new ProviderPropertiesMapper(properties.getProviders()).asProviders(known, BuiltInProviders.oauth1(), http,
						Clocks.of(clock), requestTokens::getIfUnique));
		providers.orderedStream().forEach(all::add);
		// Spring Security's client registrations too; a provider configured above wins over one of the same id.
		Set<String> taken = all.stream().map(SocialProvider::name).collect(Collectors.toSet());
		all.addAll(new ClientRegistrationProviders(known, BuiltInProviders.oauth1().keySet(), environment).asProviders(
				ClientRegistrationProviders.registrations(clientRegistrations.getIfUnique(), environment), taken, http,
				Clocks.of(clock)));
		// What each provider's first login would make is made after the start instead.
		preinitializer.ifAvailable((background) -> all.forEach((provider) -> background.afterReady(provider::prepare)));
		return new InMemoryProviderRegistry(all);
	}

	@Bean
	@ConditionalOnMissingBean
	Pipeline restSocialPipeline(RestSocialProperties properties, UserService users,
			SocialAccountRepository accounts, ObjectProvider<PipelineCustomizer> customizers) {
		RestSocialProperties.Pipeline pipeline = properties.getPipeline();
		PropertyChecks.require(pipeline.getUsernameMaxLength() > pipeline.getUuidLength(),
				"rest.social.pipeline.username-max-length", "must be more than rest.social.pipeline.uuid-length");
		Pipeline steps = Pipeline.defaults(users, accounts,
				new PipelineSettings(new HashSet<>(pipeline.getAllowedDomains()),
						new HashSet<>(pipeline.getAllowedEmails()), pipeline.isUsernameIsFullEmail(),
						pipeline.getUsernameMaxLength(), pipeline.getUuidLength(), pipeline.isSlugifyUsernames(),
						pipeline.getUserFields(), pipeline.getProtectedUserFields()));
		Pipeline.Builder builder = Pipeline.builder(steps);
		if (pipeline.isAssociateByEmail()) {
			builder.addAfter(SocialUserStep.class, new AssociateByEmailStep(users));
		}
		if (pipeline.isRequireEmail()) {
			// Where python-social-auth's example puts it: once the user is known, before a username.
			builder.addBefore(GetUsernameStep.class, new RequireEmailStep());
		}
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	JwtKeys restSocialJwtKeys(RestSocialProperties properties) {
		return JwtKeysMapper.asKeys(properties.getJwt());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(JwtBlacklist.class)
	JwtTokenService restSocialJwtTokenService(RestSocialProperties properties, JwtKeys keys, JwtBlacklist blacklist,
			ObjectProvider<Clock> clock, ObjectProvider<SocialUserJson> userJson,
			ObjectProvider<RestSocialPreinitializer> preinitializer) {
		RestSocialProperties.Jwt jwt = properties.getJwt();
		JwtTokenService service = new JwtTokenService(keys,
				new JwtSettings(jwt.getAccessTokenLifetime(), jwt.getRefreshTokenLifetime(), jwt.getSlidingTokenLifetime(),
						jwt.getSlidingTokenRefreshLifetime(), jwt.isRotateRefreshTokens(), jwt.isBlacklistAfterRotation(),
						jwt.getIssuer(), jwt.getAuthoritiesClaim()),
				blacklist, Clocks.of(clock));
		// The -user tokens carry the user JSON of the logins.
		userJson.ifAvailable((json) -> service.setUserFields(json::write));
		// Its signer and verifiers are made after the start, or at the first token.
		preinitializer.ifAvailable((background) -> background.afterReady(service::prepare));
		return service;
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(SocialAccountRepository.class)
	SocialAccountService restSocialAccountService(SocialAccountRepository accounts,
			ObjectProvider<PlatformTransactionManager> transactionManager, ListableBeanFactory beanFactory) {
		return new SocialAccountService(accounts, transactions(transactionManager, beanFactory));
	}

	// The application's transaction manager; none only where there is none at all (storage of the
	// application's own without one). With several and none primary, running without would leave
	// half-written users, and let two disconnects at once remove a user's last two accounts.
	private static TransactionOperations transactions(ObjectProvider<PlatformTransactionManager> transactionManager,
			ListableBeanFactory beanFactory) {
		PlatformTransactionManager manager = transactionManager.getIfUnique();
		if (manager != null) {
			return new TransactionTemplate(manager);
		}
		String[] names = beanFactory.getBeanNamesForType(PlatformTransactionManager.class);
		if (names.length > 0) {
			throw new IllegalStateException("rest-social-auth runs each login and disconnect in a transaction, and "
					+ "finds " + names.length + " PlatformTransactionManager beans (" + String.join(", ", names)
					+ "), none of them @Primary: make the one of its storage's DataSource @Primary");
		}
		return TransactionOperations.withoutTransaction();
	}

	@Bean
	@ConditionalOnMissingBean
	SocialAuthenticator restSocialAuthenticator(RestSocialProperties properties, ProviderRegistry providers,
			Pipeline pipeline, ObjectProvider<PlatformTransactionManager> transactionManager,
			ListableBeanFactory beanFactory, ObjectProvider<LoginStateService> states,
			ObjectProvider<PartialLoginStore> partials, ObjectProvider<UserService> users) {
		SocialAuthenticator authenticator = new SocialAuthenticator(providers, pipeline,
				transactions(transactionManager, beanFactory));
		LoginStateService state = states.getIfUnique();
		if (state == null && properties.getState().isRequired()) {
			throw new IllegalStateException(
					"rest.social.state.required=true needs a LoginStateService: a DataSource, or a bean of your own");
		}
		authenticator.setLoginStates(state, properties.getState().isRequired());
		if (state == null && properties.getState().isRequireIdTokenNonce()) {
			throw new IllegalStateException("rest.social.state.require-id-token-nonce=true needs a LoginStateService: "
					+ "a DataSource, or a bean of your own");
		}
		authenticator.setIdTokenNonceRequired(properties.getState().isRequireIdTokenNonce());
		PartialLoginStore partial = partials.getIfUnique();
		UserService user = users.getIfUnique();
		if (partial != null && user != null) {
			// Observed: a completed login learns its provider only from the paused login.
			authenticator.setPartialLogins(SocialLoginObserver.observing(partial), user);
		}
		return authenticator;
	}

}
