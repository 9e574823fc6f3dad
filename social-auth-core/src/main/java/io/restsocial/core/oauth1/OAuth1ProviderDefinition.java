package io.restsocial.core.oauth1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.util.Assert;

/**
 * What an OAuth 1.0a provider is, declared once: its wire name, its three endpoints and user
 * endpoint, its signature method, and how the user is read.
 *
 * @param name the wire name
 * @param requestTokenUri the temporary-credentials endpoint (POST)
 * @param authorizationUri where the front-end sends the user with the request token
 * @param accessTokenUri the token-credentials endpoint (POST)
 * @param userInfoUri the user endpoint (GET, signed)
 * @param signatureMethod {@link OAuth1Signer#HMAC_SHA1} or {@link OAuth1Signer#PLAINTEXT}
 * @param detailsMapper how the user details are read from the merged response
 * @param userIdMapper how the provider's user id is read
 * @param userInfoParams query parameters the user endpoint is always called with (Twitter's
 * {@code include_email=true}), added to whatever user-info URI is in effect, so that overriding the
 * URI keeps them
 */
public record OAuth1ProviderDefinition(String name, String requestTokenUri, String authorizationUri,
		String accessTokenUri, String userInfoUri, String signatureMethod,
		Function<Map<String, Object>, SocialDetails> detailsMapper, UserIdMapper userIdMapper,
		Map<String, String> userInfoParams) {

	/**
	 * Create the definition.
	 * @throws IllegalArgumentException if a required part is missing
	 */
	public OAuth1ProviderDefinition {
		Assert.hasText(name, "name cannot be empty");
		Assert.hasText(requestTokenUri, "requestTokenUri cannot be empty");
		Assert.hasText(accessTokenUri, "accessTokenUri cannot be empty");
		Assert.isTrue(OAuth1Signer.HMAC_SHA1.equals(signatureMethod) || OAuth1Signer.PLAINTEXT.equals(signatureMethod),
				"signatureMethod must be HMAC-SHA1 or PLAINTEXT");
		Assert.notNull(detailsMapper, "detailsMapper cannot be null");
		Assert.notNull(userIdMapper, "userIdMapper cannot be null");
		userInfoParams = Collections.unmodifiableMap(new LinkedHashMap<>(userInfoParams));
	}

	/**
	 * Create a definition whose user endpoint takes no parameters of its own.
	 * @param name the wire name
	 * @param requestTokenUri the temporary-credentials endpoint (POST)
	 * @param authorizationUri where the front-end sends the user with the request token
	 * @param accessTokenUri the token-credentials endpoint (POST)
	 * @param userInfoUri the user endpoint (GET, signed)
	 * @param signatureMethod {@link OAuth1Signer#HMAC_SHA1} or {@link OAuth1Signer#PLAINTEXT}
	 * @param detailsMapper how the user details are read from the merged response
	 * @param userIdMapper how the provider's user id is read
	 */
	public OAuth1ProviderDefinition(String name, String requestTokenUri, String authorizationUri,
			String accessTokenUri, String userInfoUri, String signatureMethod,
			Function<Map<String, Object>, SocialDetails> detailsMapper, UserIdMapper userIdMapper) {
		this(name, requestTokenUri, authorizationUri, accessTokenUri, userInfoUri, signatureMethod, detailsMapper,
				userIdMapper, Map.of());
	}

}
