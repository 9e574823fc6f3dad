package io.restsocial.core.provider.builtin;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * ClassLink ({@code classlink}): user from {@code https://nodeapi.classlink.com/v2/my/info}
 *; the uid is its {@code UserId}, the username its
 * {@code Email}, else its {@code LoginId}, and the names {@code FirstName} and {@code LastName}.
 * The email is whatever the school district recorded: it counts as unverified. An answer without
 * a {@code UserId} is refused, where python-social-auth fails with a {@code KeyError}.
 *
 * @see <a href="https://developer.classlink.com/docs/oauth2-workflow">ClassLink OAuth2 workflow</a>
 */
public final class ClassLinkProvider {

	/** The wire name. */
	public static final String NAME = "classlink";

	private ClassLinkProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://launchpad.classlink.com/oauth2/v2/auth")
			.tokenUri("https://launchpad.classlink.com/oauth2/v2/token")
			.userInfoUri("https://nodeapi.classlink.com/v2/my/info")
			.scope("profile")
			.detailsMapper((response) -> {
				String email = Values.string(response, "Email");
				return SocialDetails.of(email.isEmpty() ? Values.string(response, "LoginId") : email, email, null,
						Values.string(response, "FirstName"), Values.string(response, "LastName"));
			})
			.userIdMapper((details, response) -> {
				String id = Values.string(response, "UserId");
				if (id.isEmpty()) {
					throw new ProviderException(NAME, "ClassLink gave no UserId: the account cannot log in here", null);
				}
				return id;
			})
			.build();
	}

}
