package io.restsocial.core.provider.builtin;

import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * RunKeeper ({@code runkeeper}): user from the Health Graph's {@code /user} (the uid,
 * {@code userID}) and {@code /profile} (name, profile link), both with the token as
 * {@code access_token}; the profile URL is the {@code profile-uri} setting. As in
 * python-social-auth the username is the last part of the {@code profile} link
 * ({@code http://runkeeper.com/user/<username>}; here its {@code https} form too), and the names
 * are split from {@code name}. RunKeeper documents no verification of the email: it counts as
 * unverified.
 *
 * @see <a href="https://runkeeper.com/developer/healthgraph/">RunKeeper's Health Graph API</a>
 */
public final class RunKeeperProvider {

	/** The wire name. */
	public static final String NAME = "runkeeper";

	/** The setting that overrides the URL of the user's profile. */
	public static final String PROFILE_URI = "profile-uri";

	private static final UserInfoLoader USER = UserInfoLoader.queryParameter("access_token");

	private RunKeeperProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://runkeeper.com/apps/authorize")
			.tokenUri("https://runkeeper.com/apps/token")
			.userInfoUri("https://api.runkeeper.com/user")
			.userInfoLoader(RunKeeperProvider::load)
			.detailsMapper((response) -> SocialDetails.of(username(Values.string(response, "profile")),
					Values.string(response, "email"), Values.string(response, "name"), null, null))
			.userIdMapper(UserIdMapper.key("userID"))
			.build();
	}

	private static Map<String, Object> load(UserInfoRequest request) {
		Map<String, Object> user = new LinkedHashMap<>(USER.load(request));
		UserInfoRequest profile = new UserInfoRequest(request.provider(),
				request.setting(PROFILE_URI, "https://api.runkeeper.com/profile"), request.accessToken(),
				request.tokenResponse(), request.clientId(), request.clientSecret(), request.settings(),
				request.errors(), request.http());
		user.putAll(USER.load(profile));
		return user;
	}

	private static String username(String profile) {
		for (String prefix : new String[] { "http://runkeeper.com/user/", "https://runkeeper.com/user/" }) {
			if (profile.startsWith(prefix)) {
				return profile.substring(prefix.length());
			}
		}
		return "";
	}

}
