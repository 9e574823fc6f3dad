package io.restsocial.core.oauth2;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.oidc.IdTokenValidator;
import io.restsocial.core.oidc.OidcDiscovery;
import io.restsocial.core.provider.ProviderRegistration;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A provider's Spring {@link ClientRegistration}, made from its definition and the application's
 * registration. For a provider whose endpoints come from OpenID Connect discovery it is made on
 * first use and kept: an unreachable issuer does not stop start-up, and a failed discovery is
 * tried again on a later login rather than kept, but not within the retry interval of the
 * failure: until then the logins that need it are answered the same failure without a call, so
 * that an issuer that fails slowly (a timeout) does not hold every login in turn.
 * <p>
 * The registration's URIs beat the definition's, which beat discovery's; the client
 * authentication method is the definition's, else the issuer's choice (Basic when it takes it,
 * else post), as python-social-auth chooses. A definition's URI may name the registration's
 * settings in braces
 * ({@code https://{tenant-name}.b2clogin.com/...}), filled in here; a missing one stops the
 * provider from being built.
 */
final class LazyClientRegistration implements Supplier<ClientRegistration> {

	/** Spring requires a redirect URI template; the front-end's own redirect URI is sent instead. */
	private static final String REDIRECT_URI_TEMPLATE = "{baseUrl}/{action}/oauth2/code/{registrationId}";

	private static final Pattern SETTING = Pattern.compile("\\{([a-z][a-z0-9-]*)}");

	private final OAuth2ProviderDefinition definition;

	private final ProviderRegistration registration;

	private final String issuer;

	private final OidcDiscovery discovery;

	private final Clock clock;

	private final Duration retryInterval;

	private volatile ClientRegistration clientRegistration;

	// The last failed discovery and when it failed; guarded by this.
	private ProviderException failure;

	private Instant failedAt;

	LazyClientRegistration(OAuth2ProviderDefinition definition, ProviderRegistration registration, String issuer,
			ProviderHttpClient http, Clock clock, Duration retryInterval) {
		this.definition = definition;
		this.registration = registration;
		this.issuer = issuer;
		this.clock = clock;
		this.retryInterval = retryInterval;
		IdTokenSettings idToken = definition.getIdToken();
		this.discovery = (idToken != null && idToken.discovery())
				? new OidcDiscovery(definition.getName(), issuer, http) : null;
		if (this.discovery == null) {
			this.clientRegistration = build(null);
		}
	}

	@Override
	public ClientRegistration get() {
		ClientRegistration result = this.clientRegistration;
		if (result == null) {
			synchronized (this) {
				result = this.clientRegistration;
				if (result == null) {
					result = build(discover());
					this.clientRegistration = result;
				}
			}
		}
		return result;
	}

	// Called holding the lock.
	private Map<String, Object> discover() {
		Instant now = this.clock.instant();
		if (this.failure != null && now.isBefore(this.failedAt.plus(this.retryInterval))) {
			throw new ProviderUnavailableException(this.failure.getProvider(), this.failure.getMessage(),
					this.failure.getProviderMessage());
		}
		try {
			Map<String, Object> metadata = this.discovery.fetch();
			this.failure = null;
			return metadata;
		}
		catch (ProviderException ex) {
			this.failure = ex;
			this.failedAt = now;
			throw ex;
		}
	}

	private ClientRegistration build(Map<String, Object> metadata) {
		String name = this.definition.getName();
		ClientRegistration.Builder builder;
		if (metadata != null) {
			try {
				// Spring reads the metadata, and chooses the client authentication method.
				builder = ClientRegistrations.fromOidcConfiguration(metadata).registrationId(name);
			}
			catch (RuntimeException ex) {
				throw new ProviderUnavailableException(name,
						"Provider '" + name + "' published discovery metadata that cannot be used", ex.getMessage());
			}
		}
		else {
			builder = ClientRegistration.withRegistrationId(name)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		}
		if (this.definition.getClientAuthenticationMethod() != null) {
			builder.clientAuthenticationMethod(this.definition.getClientAuthenticationMethod());
		}
		builder.clientId(this.registration.clientId())
			.clientSecret(this.registration.clientSecret())
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(REDIRECT_URI_TEMPLATE)
			.scope((this.registration.scope() != null) ? this.registration.scope() : this.definition.getScope())
			.clientName(name);
		override(this.registration.authorizationUri(), this.definition.getAuthorizationUri(),
				builder::authorizationUri);
		override(this.registration.tokenUri(), this.definition.getTokenUri(), builder::tokenUri);
		override(this.registration.userInfoUri(), this.definition.getUserInfoUri(), builder::userInfoUri);
		IdTokenSettings idToken = this.definition.getIdToken();
		JwtAccessTokenSettings jwtAccessToken = this.definition.getJwtAccessToken();
		override(this.registration.jwkSetUri(), (idToken != null) ? idToken.jwkSetUri()
				: (jwtAccessToken != null) ? jwtAccessToken.jwkSetUri() : null, builder::jwkSetUri);
		if (this.issuer != null && !this.issuer.contains(IdTokenValidator.TENANT)) {
			builder.issuerUri(this.issuer);
		}
		ClientAuthenticationMethod method = builder.build().getClientAuthenticationMethod();
		if (this.registration.clientSecret() == null && this.definition.getClientSecretSupplier() == null) {
			// A public client (PKCE, no secret) sends its client_id alone.
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		else if (!ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(method)) {
			// A secret is sent Basic or in the form; an issuer that prefers another method gets Basic.
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		}
		return builder.build();
	}

	// A definition's URI may name registration settings in braces (Azure AD B2C's tenant and
	// policy); a registration's own URI beats it, and is used as given.
	private String expand(String uri) {
		if (uri == null || uri.indexOf('{') < 0) {
			return uri;
		}
		Matcher matcher = SETTING.matcher(uri);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			String setting = matcher.group(1);
			String value = this.registration.settings().get(setting);
			Assert.state(StringUtils.hasText(value), () -> "Provider '" + this.definition.getName()
					+ "' needs the setting '" + setting + "': its endpoints are made from it");
			matcher.appendReplacement(expanded, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

	private void override(String registered, String defined, Consumer<String> setter) {
		if (StringUtils.hasText(registered)) {
			setter.accept(registered);
		}
		else if (StringUtils.hasText(defined)) {
			setter.accept(expand(defined));
		}
	}

}
