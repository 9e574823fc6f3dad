package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.OAuth1Signer;
import io.restsocial.core.provider.SocialDetails;

/**
 * Trello over OAuth 1.0a ({@code trello}): user from {@code /1/members/me}. As in
 * python-social-auth the uid and the username are the member's {@code username}, the email its
 * {@code email}, and the names split from its {@code fullName}. Trello documents no verification
 * of the email: it counts as unverified. Trello's authorization page takes {@code name},
 * {@code expiration} ({@code never} in python-social-auth) and {@code scope} parameters, which
 * the front-end adds to the authorization URL.
 *
 * @see <a href="https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/">Trello's
 * authorization</a>
 */
public final class TrelloProvider {

	/** The wire name. */
	public static final String NAME = "trello";

	private TrelloProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth1ProviderDefinition definition() {
		return new OAuth1ProviderDefinition(NAME, "https://trello.com/1/OAuthGetRequestToken",
				"https://trello.com/1/OAuthAuthorizeToken", "https://trello.com/1/OAuthGetAccessToken",
				"https://trello.com/1/members/me", OAuth1Signer.HMAC_SHA1,
				(response) -> SocialDetails.of(Values.string(response, "username"), Values.string(response, "email"),
						Values.string(response, "fullName"), null, null),
				(details, response) -> details.username());
	}

}
