package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Weibo ({@code weibo}): the uid is the token response's {@code uid} or, when it has none, the
 * {@code uid} of {@code get_token_info} (a POST; its URL is the {@code token-info-uri} setting);
 * user from {@code users/show.json} with the token and the uid. As in python-social-auth the
 * username is the user's {@code name} and the first name (and so the full name) its
 * {@code screen_name}. Weibo gives no email.
 *
 * @see <a href="https://open.weibo.com/wiki/Oauth2/access_token">Weibo's OAuth 2.0</a>
 */
public final class WeiboProvider {

	/** The wire name. */
	public static final String NAME = "weibo";

	/** The setting that overrides the URL of {@code get_token_info}. */
	public static final String TOKEN_INFO_URI = "token-info-uri";

	private WeiboProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.weibo.com/oauth2/authorize")
			.tokenUri("https://api.weibo.com/oauth2/access_token")
			.userInfoUri("https://api.weibo.com/2/users/show.json")
			.userInfoLoader(WeiboProvider::load)
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "name"), "", null,
					Values.string(response, "screen_name"), null))
			.userIdMapper(UserIdMapper.key("uid"))
			.build();
	}

	private static Map<String, Object> load(UserInfoRequest request) {
		Object uid = request.tokenResponse().get("uid");
		if (uid == null || String.valueOf(uid).isEmpty()) {
			URI tokenInfo = UriComponentsBuilder
				.fromUriString(request.setting(TOKEN_INFO_URI, "https://api.weibo.com/oauth2/get_token_info"))
				.queryParam("access_token", request.accessToken())
				.build()
				.encode()
				.toUri();
			uid = request.read(request.http().post(request.provider(), tokenInfo, (headers) -> {
			}), "token info").get("uid");
		}
		String userId = (uid != null) ? String.valueOf(uid) : "";
		Map<String, Object> user = new LinkedHashMap<>(UserInfoLoader
			.query((info) -> Map.of("access_token", info.accessToken(), "uid", userId))
			.load(request));
		user.put("uid", userId.isEmpty() ? null : userId);
		return user;
	}

}
