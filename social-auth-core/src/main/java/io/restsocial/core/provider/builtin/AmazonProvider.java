package io.restsocial.core.provider.builtin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Login with Amazon ({@code amazon}): user from {@code /user/profile}; the older answer wrapped in
 * {@code Profile} is read the same way. Amazon documents no verification of the email: it counts as
 * unverified.
 */
public final class AmazonProvider {

	/** The wire name. */
	public static final String NAME = "amazon";

	private AmazonProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		UserInfoLoader profile = UserInfoLoader.queryParameter("access_token");
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.amazon.com/ap/oa")
			.tokenUri("https://api.amazon.com/auth/o2/token")
			.userInfoUri("https://api.amazon.com/user/profile")
			.scope("profile")
			.userInfoLoader((request) -> unwrap(profile.load(request)))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "name"),
					Values.string(response, "email"), Values.string(response, "name"), null, null))
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

	private static Map<String, Object> unwrap(Map<String, Object> response) {
		if (!(response.get("Profile") instanceof Map<?, ?> wrapped)) {
			return response;
		}
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("user_id", wrapped.get("CustomerId"));
		user.put("name", wrapped.get("Name"));
		user.put("email", wrapped.get("PrimaryEmail"));
		return user;
	}

}
