package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Stocktwits ({@code stocktwits}): user from {@code /api/2/account/verify.json} with the token as
 * {@code access_token}, whose {@code user} is the user. As in python-social-auth the uid is the
 * user's {@code id}, the username its {@code username}, and the names split from its
 * {@code name}; Stocktwits gives no email.
 *
 * @see <a href="https://api.stocktwits.com/developers/docs/authentication">Stocktwits'
 * authentication</a>
 */
public final class StocktwitsProvider {

	/** The wire name. */
	public static final String NAME = "stocktwits";

	private StocktwitsProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.stocktwits.com/api/2/oauth/authorize")
			.tokenUri("https://api.stocktwits.com/api/2/oauth/token")
			.userInfoUri("https://api.stocktwits.com/api/2/account/verify.json")
			.scope("read", "publish_messages", "publish_watch_lists", "follow_users", "follow_stocks")
			.scopeSeparator(",")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> {
				Map<?, ?> user = Values.map(response, "user");
				return SocialDetails.of(Values.string(user, "username"), "", Values.string(user, "name"), null, null);
			})
			.userIdMapper((details, response) -> Values.map(response, "user").get("id"))
			.build();
	}

}
