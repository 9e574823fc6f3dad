package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.TokenRequests;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Bitbucket Cloud ({@code bitbucket-oauth2}): user from {@code /2.0/user}, email the primary of
 * {@code /2.0/user/emails} (the {@code emails-uri} setting, by default the user-info URL plus
 * {@code /emails}), verified when that address {@code is_confirmed}; the uid is the
 * account's {@code uuid}.
 */
public final class BitbucketProvider {

	/** The wire name. */
	public static final String NAME = "bitbucket-oauth2";

	/** The setting that overrides the URL of the user's addresses. */
	public static final String EMAILS_URI = "emails-uri";

	private BitbucketProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://bitbucket.org/site/oauth2/authorize")
			.tokenUri("https://bitbucket.org/site/oauth2/access_token")
			.userInfoUri("https://api.bitbucket.org/2.0/user")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.tokenRequest(TokenRequests.clientCredentialsInBody())
			.userInfoLoader(BitbucketProvider::loadUser)
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), Values.string(response, "display_name"), null, null)
				.withEmailVerified(Values.isTrue(response, "email_is_confirmed")))
			.userIdMapper(UserIdMapper.key("uuid"))
			.build();
	}

	private static Map<String, Object> loadUser(UserInfoRequest request) {
		Map<String, Object> user = new HashMap<>(get(request, request.userInfoUri(), "user info"));
		Map<String, Object> emails = get(request, request.setting(EMAILS_URI, request.userInfoUri() + "/emails"),
				"emails");
		if (emails.get("values") instanceof List<?> values) {
			values.stream()
				.filter((value) -> value instanceof Map<?, ?> email && Boolean.TRUE.equals(email.get("is_primary")))
				.findFirst()
				.ifPresent((primary) -> {
					user.put("email", ((Map<?, ?>) primary).get("email"));
					// Kept beside the email it belongs to, for the details mapper.
					user.put("email_is_confirmed", ((Map<?, ?>) primary).get("is_confirmed"));
				});
		}
		return user;
	}

	private static Map<String, Object> get(UserInfoRequest request, String uri, String what) {
		return request.getObject(URI.create(uri), (headers) -> headers.setBearerAuth(request.accessToken()), what);
	}

}
