package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Douban ({@code douban-oauth2}): user from {@code https://api.douban.com/v2/user/~me}; the
 * uid is the numeric {@code id}, the username the {@code uid} (the user's Douban handle), the
 * names are split from {@code name}. Douban shares no email.
 *
 * @see <a href="https://www.douban.com/service/apidoc/auth">Douban API: OAuth 2.0</a>
 */
public final class DoubanProvider {

	/** The wire name. */
	public static final String NAME = "douban-oauth2";

	private DoubanProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.douban.com/service/auth2/auth")
			.tokenUri("https://www.douban.com/service/auth2/token")
			.userInfoUri("https://api.douban.com/v2/user/~me")
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "uid"), "",
					Values.string(response, "name"), null, null))
			.build();
	}

}
