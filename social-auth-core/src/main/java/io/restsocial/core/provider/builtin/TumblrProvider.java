package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.OAuth1Signer;
import io.restsocial.core.provider.SocialDetails;

/**
 * Tumblr over OAuth 1.0a ({@code tumblr}): user from {@code /v2/user/info}, whose
 * {@code response.user} is the user. As in python-social-auth the uid and the username are the
 * user's {@code name}, and the full name is the title of its primary blog (not split into first
 * and last names). Tumblr gives no email.
 *
 * @see <a href="https://www.tumblr.com/docs/en/api/v2#oauth1-authorization">Tumblr's OAuth 1.0a</a>
 */
public final class TumblrProvider {

	/** The wire name. */
	public static final String NAME = "tumblr";

	private TumblrProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth1ProviderDefinition definition() {
		return new OAuth1ProviderDefinition(NAME, "https://www.tumblr.com/oauth/request_token",
				"https://www.tumblr.com/oauth/authorize", "https://www.tumblr.com/oauth/access_token",
				"https://api.tumblr.com/v2/user/info", OAuth1Signer.HMAC_SHA1, (response) -> {
					Map<?, ?> user = user(response);
					return new SocialDetails(Values.string(user, "name"), "", primaryBlogTitle(user.get("blogs")), "",
							"");
				}, (details, response) -> user(response).get("name"));
	}

	private static Map<?, ?> user(Map<String, Object> response) {
		return Values.map(Values.map(response, "response"), "user");
	}

	private static String primaryBlogTitle(Object blogs) {
		if (blogs instanceof List<?> list) {
			for (Object blog : list) {
				if (blog instanceof Map<?, ?> map && Values.isTrue(map, "primary")) {
					return Values.string(map, "title");
				}
			}
		}
		return "";
	}

}
