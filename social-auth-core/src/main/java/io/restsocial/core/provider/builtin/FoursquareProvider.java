package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Foursquare ({@code foursquare}): user from {@code https://api.foursquare.com/v2/users/self}
 * with {@code oauth_token} and python-social-auth's API version {@code v=20140128}. The uid is
 * {@code response.user.id}; the email is its {@code contact.email}; the names are its
 * {@code firstName} and {@code lastName}, and, as in python-social-auth, the username is both
 * joined by a space. Foursquare documents no verification of the email, so it counts as
 * unverified.
 *
 * @see <a href="https://docs.foursquare.com/developer/reference/authentication">Foursquare: authentication</a>
 */
public final class FoursquareProvider {

	/** The wire name. */
	public static final String NAME = "foursquare";

	/** The API version python-social-auth asks for. */
	public static final String API_VERSION = "20140128";

	private FoursquareProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://foursquare.com/oauth2/authenticate")
			.tokenUri("https://foursquare.com/oauth2/access_token")
			.userInfoUri("https://api.foursquare.com/v2/users/self")
			.userInfoLoader(
					UserInfoLoader.query((request) -> Map.of("oauth_token", request.accessToken(), "v", API_VERSION)))
			.detailsMapper((response) -> {
				Map<?, ?> user = user(response);
				String first = Values.string(user, "firstName").strip();
				String last = Values.string(user, "lastName").strip();
				return SocialDetails.of(first + " " + last, Values.string(Values.map(user, "contact"), "email"), null,
						first, last);
			})
			.userIdMapper((details, response) -> user(response).get("id"))
			.build();
	}

	private static Map<?, ?> user(Map<String, Object> response) {
		return Values.map(Values.map(response, "response"), "user");
	}

}
