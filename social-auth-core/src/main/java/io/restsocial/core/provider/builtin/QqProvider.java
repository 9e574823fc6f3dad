package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * QQ ({@code qq}): the token answer is form-encoded; the user's {@code openid}, the uid, comes
 * from {@code /oauth2.0/me}, which answers JSONP ({@code callback( {...} );}; its URL is the
 * {@code openid-uri} setting); the user from {@code get_user_info} with the token, the openid and
 * the client id as {@code oauth_consumer_key}. As in python-social-auth the username and the
 * first name (and so the full name) are the {@code nickname}. QQ gives no email.
 *
 * @see <a href="https://wiki.connect.qq.com/">QQ Connect</a>
 */
public final class QqProvider {

	/** The wire name. */
	public static final String NAME = "qq";

	/** The setting that overrides the URL of the openid call. */
	public static final String OPENID_URI = "openid-uri";

	/**
	 * How QQ reports errors: RFC 6749's {@code error}, or {@code get_user_info}'s non-zero
	 * {@code ret} with {@code msg} its text.
	 */
	public static final ProviderResponse.Errors ERRORS = ProviderResponse.Errors.of(
			(fields) -> fields.get("error") != null
					|| (fields.get("ret") != null && !"0".equals(String.valueOf(fields.get("ret")))),
			"error", "error_description", "msg");

	private QqProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://graph.qq.com/oauth2.0/authorize")
			.tokenUri("https://graph.qq.com/oauth2.0/token")
			.userInfoUri("https://graph.qq.com/user/get_user_info")
			.errors(ERRORS)
			.userInfoLoader(QqProvider::load)
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "nickname"), "", null,
					Values.string(response, "nickname"), null))
			.userIdMapper(UserIdMapper.key("openid"))
			.build();
	}

	private static Map<String, Object> load(UserInfoRequest request) {
		String openid = openid(request);
		Map<String, Object> user = new LinkedHashMap<>(UserInfoLoader.query((info) -> {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("access_token", info.accessToken());
			parameters.put("oauth_consumer_key", info.clientId());
			parameters.put("openid", openid);
			return parameters;
		}).load(request));
		user.put("openid", openid);
		return user;
	}

	// /oauth2.0/me answers callback( {"client_id":"...","openid":"..."} );
	private static String openid(UserInfoRequest request) {
		URI uri = UriComponentsBuilder.fromUriString(request.setting(OPENID_URI, "https://graph.qq.com/oauth2.0/me"))
			.queryParam("access_token", request.accessToken())
			.build()
			.encode()
			.toUri();
		ProviderResponse response = request.http().get(request.provider(), uri, (headers) -> {
		});
		String body = (response.body() != null) ? response.body() : "";
		int start = body.indexOf('{');
		int end = body.lastIndexOf('}');
		String json = (start >= 0 && end > start) ? body.substring(start, end + 1) : body;
		Map<String, Object> fields = request
			.read(new ProviderResponse(response.status(), response.headers(), json), "openid");
		Object openid = fields.get("openid");
		if (openid == null || String.valueOf(openid).isEmpty()) {
			throw new ProviderUnavailableException(request.provider(), "QQ answered the openid request without an openid",
					null);
		}
		if (fields.get("client_id") != null && !request.clientId().equals(String.valueOf(fields.get("client_id")))) {
			throw new ProviderException(request.provider(), "QQ answered the openid of another application's token",
					null);
		}
		return String.valueOf(openid);
	}

}
