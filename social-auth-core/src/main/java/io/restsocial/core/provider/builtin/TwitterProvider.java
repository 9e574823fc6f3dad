package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.OAuth1Signer;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Twitter / X over OAuth 1.0a ({@code twitter}): user from {@code verify_credentials} with its
 * email, which counts as verified: X answers an email only when it is verified ("if the email
 * address is not verified, null will be returned").
 *
 * @see <a href="https://developer.x.com/en/docs/authentication/oauth-1-0a">X OAuth 1.0a</a>
 */
public final class TwitterProvider {

	/** The wire name. */
	public static final String NAME = "twitter";

	private TwitterProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth1ProviderDefinition definition() {
		return new OAuth1ProviderDefinition(NAME, "https://api.twitter.com/oauth/request_token",
				"https://api.twitter.com/oauth/authenticate", "https://api.twitter.com/oauth/access_token",
				"https://api.twitter.com/1.1/account/verify_credentials.json", OAuth1Signer.HMAC_SHA1,
				(response) -> SocialDetails.of(Values.string(response, "screen_name"), Values.string(response, "email"),
						Values.string(response, "name"), null, null)
					.withEmailVerified(true),
				// id_str: numeric ids beyond 2^53 lose digits in some JSON parsers.
				(details, response) -> response.containsKey("id_str") ? response.get("id_str")
						: UserIdMapper.key("id").userId(details, response),
				// A parameter of the definition, so that overriding user-info-uri keeps it.
				Map.of("include_email", "true"));
	}

}
