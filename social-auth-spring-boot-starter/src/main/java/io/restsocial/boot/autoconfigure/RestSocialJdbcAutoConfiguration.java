package io.restsocial.boot.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.restsocial.core.jdbc.JdbcJwtBlacklist;
import io.restsocial.core.jdbc.JdbcLoginStateService;
import io.restsocial.core.jdbc.JdbcOpaqueTokenService;
import io.restsocial.core.jdbc.JdbcPartialLoginStore;
import io.restsocial.core.jdbc.JdbcRequestTokenStore;
import io.restsocial.core.jdbc.JdbcSocialAccountRepository;
import io.restsocial.core.jdbc.JdbcStoredTokenService;
import io.restsocial.core.jdbc.JdbcUserService;
import io.restsocial.core.oauth1.RequestTokenStore;
import io.restsocial.core.partial.PartialLoginStore;
import io.restsocial.core.state.LoginStateService;
import io.restsocial.core.token.JwtBlacklist;
import io.restsocial.core.token.OpaqueTokenService;
import io.restsocial.core.token.StoredTokenService;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Auto-configuration of the default JDBC storage, on the application's {@link DataSource}:
 * users, social accounts, stored and opaque tokens, the JWT blacklist, and the schema.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(RestSocialProperties.class)
public final class RestSocialJdbcAutoConfiguration {

	// One client for the DataSource: the account repository joins the user and token tables in
	// one query only when the user service and the stored tokens use the same client
	// (JdbcSocialAccountRepository), and the stored tokens skip looking for the token of a user
	// just created or read through it.
	private final Map<DataSource, JdbcClient> clients = new ConcurrentHashMap<>();

	private JdbcClient jdbc(DataSource dataSource) {
		return this.clients.computeIfAbsent(dataSource, JdbcClient::create);
	}

	@Bean
	@ConditionalOnMissingBean
	RestSocialSchemaInitializer restSocialSchemaInitializer(DataSource dataSource, RestSocialProperties properties) {
		return new RestSocialSchemaInitializer(dataSource, properties.getJdbc());
	}

	@Bean
	@ConditionalOnMissingBean
	UserService restSocialUserService(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new JdbcUserService(jdbc(dataSource), Clocks.of(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	SocialAccountRepository restSocialAccountRepository(DataSource dataSource, ObjectProvider<Clock> clock,
			ObjectProvider<StoredTokenService> tokens) {
		// With the stored tokens on the same client, a returning login reads its token with the
		// account and its user.
		JdbcStoredTokenService jdbcTokens = (tokens.getIfUnique() instanceof JdbcStoredTokenService stored) ? stored
				: null;
		return new JdbcSocialAccountRepository(jdbc(dataSource), Clocks.of(clock), jdbcTokens);
	}

	@Bean
	@ConditionalOnMissingBean
	StoredTokenService restSocialStoredTokenService(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new JdbcStoredTokenService(jdbc(dataSource), Clocks.of(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	JwtBlacklist restSocialJwtBlacklist(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new JdbcJwtBlacklist(jdbc(dataSource), Clocks.of(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	PartialLoginStore restSocialPartialLoginStore(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new JdbcPartialLoginStore(jdbc(dataSource), Duration.ofMinutes(10), Clocks.of(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	RequestTokenStore restSocialRequestTokenStore(DataSource dataSource, ObjectProvider<Clock> clock) {
		return new JdbcRequestTokenStore(jdbc(dataSource), Duration.ofMinutes(10), Clocks.of(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	LoginStateService restSocialLoginStateService(DataSource dataSource, RestSocialProperties properties,
			ObjectProvider<Clock> clock) {
		return new JdbcLoginStateService(jdbc(dataSource), StateSecrets.of(properties),
				properties.getState().getTtl(), Clocks.of(clock));
	}

	@Bean
	@ConditionalOnMissingBean
	OpaqueTokenService restSocialOpaqueTokenService(DataSource dataSource, RestSocialProperties properties,
			ObjectProvider<Clock> clock) {
		RestSocialProperties.Opaque opaque = properties.getOpaque();
		Duration ttl = (opaque.getTokenTtl() == null || opaque.getTokenTtl().isZero()) ? null : opaque.getTokenTtl();
		return new JdbcOpaqueTokenService(jdbc(dataSource),
				new JdbcOpaqueTokenService.Settings(ttl, opaque.isAutoRefresh(), opaque.getMinRefreshInterval(),
						opaque.getTokenLimitPerUser(), opaque.getAutoRefreshMaxTtl()),
				Clocks.of(clock));
	}

}
