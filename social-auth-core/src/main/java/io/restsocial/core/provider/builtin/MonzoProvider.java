package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Monzo ({@code monzo}): user's accounts from {@code https://api.monzo.com/accounts}. The
 * username is the token response's {@code user_id}, and the names are split from the first
 * account's {@code description}, as in python-social-auth.
 * <p>
 * The uid is the token response's {@code user_id}, where python-social-auth reads an {@code id}
 * that neither answer has and saves the uid {@code "None"} for every Monzo user (one account for
 * all of them); an answer without a {@code user_id} is refused.
 *
 * @see <a href="https://docs.monzo.com/#authentication">Monzo API: authentication</a>
 */
public final class MonzoProvider {

	/** The wire name. */
	public static final String NAME = "monzo";

	private MonzoProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://auth.getmondo.co.uk/")
			.tokenUri("https://api.monzo.com/oauth2/token")
			.userInfoUri("https://api.monzo.com/accounts")
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "user_id"), "",
					Values.string(firstAccount(response), "description"), null, null))
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

	private static Map<?, ?> firstAccount(Map<String, Object> response) {
		if (response.get("accounts") instanceof List<?> accounts && !accounts.isEmpty()
				&& accounts.get(0) instanceof Map<?, ?> account) {
			return account;
		}
		return Map.of();
	}

}
