package io.restsocial.boot.autoconfigure;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oauth1.OAuth1Provider;
import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.RequestTokenStore;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.provider.builtin.GenericOAuth2Provider;
import io.restsocial.core.provider.builtin.OidcProvider;

import org.springframework.util.StringUtils;

/**
 * Turns {@code rest.social.providers.*} into configured providers, so that core never sees Boot.
 */
final class ProviderPropertiesMapper {

	private final Map<String, RestSocialProperties.Provider> properties;

	ProviderPropertiesMapper(Map<String, RestSocialProperties.Provider> properties) {
		this.properties = properties;
	}

	/**
	 * The providers whose client-id is set.
	 * @param definitions the known OAuth 2.0 definitions by wire name
	 * @param oauth1Definitions the known OAuth 1.0a definitions by wire name
	 * @param http the client every provider call goes through
	 * @param clock the clock that judges ID tokens and stamps OAuth 1.0a requests
	 * @param requestTokens the OAuth 1.0a request-token store, looked up only when needed
	 * @return the providers
	 * @throws IllegalStateException when a provider of no known definition is configured, or an
	 * OpenID Connect provider without an issuer of its own has no issuer-uri, or an OAuth 1.0a
	 * provider has no client-secret
	 */
	List<SocialProvider> asProviders(Map<String, OAuth2ProviderDefinition> definitions,
			Map<String, OAuth1ProviderDefinition> oauth1Definitions, ProviderHttpClient http, Clock clock,
			Supplier<RequestTokenStore> requestTokens) {
		List<SocialProvider> providers = new ArrayList<>();
		this.properties.forEach((name, provider) -> {
			OAuth2ProviderDefinition definition = definitions.get(name);
			OAuth1ProviderDefinition oauth1 = oauth1Definitions.get(name);
			if (definition == null && oauth1 == null) {
				definition = generic(name, provider);
			}
			if (definition == null && oauth1 == null) {
				List<String> known = new ArrayList<>(definitions.keySet());
				known.addAll(oauth1Definitions.keySet());
				throw new IllegalStateException("rest.social.providers." + name + ": no provider is named '" + name
						+ "'. Known: " + String.join(", ", known) + ". Another OpenID Connect provider needs its "
						+ "issuer-uri; another OAuth 2.0 provider its authorization-uri, token-uri and user-info-uri "
						+ "(and claims.* where its user's keys are not the standard ones), or an "
						+ "OAuth2ProviderDefinition bean of that name.");
			}
			if (!StringUtils.hasText(provider.getClientId())) {
				return;
			}
			if (definition != null) {
				IdTokenSettings idToken = definition.getIdToken();
				if (idToken != null && idToken.issuer() == null && !StringUtils.hasText(provider.getIssuerUri())) {
					throw new IllegalStateException("rest.social.providers." + name + ".issuer-uri is required: provider '"
							+ name + "' has no issuer of its own");
				}
				requireOwnEndpoints(name, definition, provider);
				providers.add(new OAuth2Provider(definition, asRegistration(name, provider), http, clock));
			}
			else {
				if (!StringUtils.hasText(provider.getClientSecret())) {
					throw new IllegalStateException("rest.social.providers." + name
							+ ".client-secret is required: an OAuth 1.0a provider signs every request with it");
				}
				RequestTokenStore store = requestTokens.get();
				if (store == null) {
					throw new IllegalStateException("rest.social.providers." + name
							+ ": an OAuth 1.0a provider needs a RequestTokenStore (a DataSource, or a bean of your own)");
				}
				providers.add(new OAuth1Provider(oauth1, asRegistration(name, provider), http, store, clock));
			}
		});
		return providers;
	}

	/**
	 * A provider of no built-in name, by its properties alone: with an issuer-uri, a generic
	 * OpenID Connect provider ({@code oidc}'s definition under this name); with a token-uri and a
	 * user-info-uri, a generic OAuth 2.0 provider read by its claims.
	 * @param name the wire name
	 * @param provider its properties
	 * @return the definition, or {@code null} when the properties describe neither
	 */
	static OAuth2ProviderDefinition generic(String name, RestSocialProperties.Provider provider) {
		if (StringUtils.hasText(provider.getIssuerUri())) {
			return OAuth2ProviderDefinition.from(OidcProvider.definition()).name(name).build();
		}
		if (StringUtils.hasText(provider.getTokenUri()) && StringUtils.hasText(provider.getUserInfoUri())) {
			RestSocialProperties.Claims claims = provider.getClaims();
			return GenericOAuth2Provider
				.builder(name,
						new GenericOAuth2Provider.Claims(claims.getId(), claims.getUsername(), claims.getEmail(),
								claims.getEmailVerified(), claims.getName(), claims.getFirstName(),
								claims.getLastName()))
				.authorizationUri(provider.getAuthorizationUri())
				.tokenUri(provider.getTokenUri())
				.userInfoUri(provider.getUserInfoUri())
				.build();
		}
		return null;
	}

	/**
	 * A self-hosted provider's definition (GitHub Enterprise, Bitbucket Data Center) has its
	 * endpoints on a reserved {@code .invalid} host (RFC 6761) until the application gives its
	 * server's: say which property is missing at start-up rather than fail each login.
	 * @param name the wire name
	 * @param definition the definition
	 * @param provider its properties
	 * @throws IllegalStateException when an endpoint is still on an {@code .invalid} host
	 */
	static void requireOwnEndpoints(String name, OAuth2ProviderDefinition definition,
			RestSocialProperties.Provider provider) {
		requireOwn(name, "authorization-uri", definition.getAuthorizationUri(), provider.getAuthorizationUri());
		requireOwn(name, "token-uri", definition.getTokenUri(), provider.getTokenUri());
		requireOwn(name, "user-info-uri", definition.getUserInfoUri(), provider.getUserInfoUri());
	}

	private static void requireOwn(String name, String property, String defined, String configured) {
		if (StringUtils.hasText(configured) || defined == null) {
			return;
		}
		if (defined.indexOf('{') >= 0) {
			// Made from settings (Azure AD B2C's tenant); core names a missing one.
			return;
		}
		String host = URI.create(defined).getHost();
		if (host != null && host.endsWith(".invalid")) {
			throw new IllegalStateException("rest.social.providers." + name + "." + property
					+ " is required: provider '" + name + "' runs on your own server, whose URL it cannot know");
		}
	}

	static ProviderRegistration asRegistration(String name, RestSocialProperties.Provider provider) {
		return ProviderRegistration.withName(name)
			.clientId(provider.getClientId())
			.clientSecret(provider.getClientSecret())
			.scope(provider.getScope())
			.extraParams(provider.getExtraParams())
			.authorizationUri(provider.getAuthorizationUri())
			.tokenUri(provider.getTokenUri())
			.userInfoUri(provider.getUserInfoUri())
			.requestTokenUri(provider.getRequestTokenUri())
			.accessTokenUri(provider.getAccessTokenUri())
			.issuerUri(provider.getIssuerUri())
			.jwkSetUri(provider.getJwkSetUri())
			.pkce(provider.getPkce())
			.useUniqueUserId(provider.getUseUniqueUserId())
			.audiences(provider.getAudiences())
			.allowAccessToken(provider.isAllowAccessToken())
			.settings(provider.getSettings())
			.build();
	}

}
