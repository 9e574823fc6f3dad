package io.restsocial.core.provider.builtin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Stack Overflow ({@code stackoverflow}), through Stack Exchange: the token answer is
 * form-encoded; user from {@code /2.1/me} on the {@code stackoverflow} site, the first of its
 * {@code items}, with the token and, when the {@code api-key} setting holds one, the
 * application's request key. The uid is the user's {@code user_id}, the username the last
 * segment of its {@code link}, and the names split from {@code display_name}. Stack Exchange
 * gives no email.
 * <p>
 * python-social-auth names the full name {@code full_name}, which its pipeline does not read,
 * so that its users have none; here it is the {@code display_name}.
 *
 * @see <a href="https://api.stackexchange.com/docs/authentication">Stack Exchange's
 * authentication</a>
 */
public final class StackOverflowProvider {

	/** The wire name. */
	public static final String NAME = "stackoverflow";

	/** The setting that holds the application's Stack Exchange request key. */
	public static final String API_KEY = "api-key";

	/**
	 * How Stack Exchange reports errors: an {@code error_id}, with {@code error_name} and
	 * {@code error_message} its text.
	 */
	public static final ProviderResponse.Errors ERRORS = ProviderResponse.Errors
		.of((fields) -> fields.get("error_id") != null || fields.get("error") != null, "error_name", "error_message",
				"error", "error_description");

	private StackOverflowProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://stackexchange.com/oauth")
			.tokenUri("https://stackexchange.com/oauth/access_token")
			.userInfoUri("https://api.stackexchange.com/2.1/me")
			.scopeSeparator(",")
			.errors(ERRORS)
			.userInfoLoader(StackOverflowProvider::me)
			.detailsMapper((response) -> {
				String link = Values.string(response, "link");
				return SocialDetails.of(link.substring(link.lastIndexOf('/') + 1), "",
						Values.string(response, "display_name"), null, null);
			})
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

	private static Map<String, Object> me(UserInfoRequest request) {
		Map<String, Object> answer = UserInfoLoader.query((me) -> {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("site", "stackoverflow");
			parameters.put("access_token", me.accessToken());
			String key = me.setting(API_KEY, null);
			if (key != null) {
				parameters.put("key", key);
			}
			return parameters;
		}).load(request);
		if (!(answer.get("items") instanceof List<?> items) || items.isEmpty()
				|| !(items.get(0) instanceof Map<?, ?> item)) {
			throw new ProviderException(request.provider(), "Stack Exchange answered /me without a user", null);
		}
		Map<String, Object> user = new LinkedHashMap<>();
		item.forEach((key, value) -> user.put(String.valueOf(key), value));
		return user;
	}

}
