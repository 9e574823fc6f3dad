package io.restsocial.boot.autoconfigure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialProvider;

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
	 * @param definitions the known definitions by wire name
	 * @param http the client every provider call goes through
	 * @param clock the clock that judges ID tokens
	 * @return the providers
	 * @throws IllegalStateException when a provider of no known definition is configured
	 */
	List<SocialProvider> asProviders(Map<String, OAuth2ProviderDefinition> definitions, ProviderHttpClient http,
			Clock clock) {
		List<SocialProvider> providers = new ArrayList<>();
		this.properties.forEach((name, provider) -> {
			OAuth2ProviderDefinition definition = definitions.get(name);
			if (definition == null) {
				throw new IllegalStateException("rest.social.providers." + name + ": no provider is named '" + name
						+ "'. Known: " + String.join(", ", definitions.keySet())
						+ ". Another provider needs an OAuth2ProviderDefinition bean of that name.");
			}
			if (StringUtils.hasText(provider.getClientId())) {
				providers.add(new OAuth2Provider(definition, asRegistration(name, provider), http, clock));
			}
		});
		return providers;
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
			.audiences(provider.getAudiences())
			.allowAccessToken(provider.isAllowAccessToken())
			.settings(provider.getSettings())
			.build();
	}

}
