package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Mendeley ({@code mendeley-oauth2}): user from {@code https://api.mendeley.com/profiles/me/};
 * the uid is the profile's {@code id}. As in python-social-auth, which keeps the profile's id,
 * display name and link as extra data only, no username, email nor name is read, so the
 * pipeline makes the username.
 *
 * @see <a href="https://dev.mendeley.com/reference/topics/authorization_overview.html">Mendeley:
 * authorization</a>
 */
public final class MendeleyProvider {

	/** The wire name. */
	public static final String NAME = "mendeley-oauth2";

	private MendeleyProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api-oauth2.mendeley.com/oauth/authorize")
			.tokenUri("https://api-oauth2.mendeley.com/oauth/token")
			.userInfoUri("https://api.mendeley.com/profiles/me/")
			.scope("all")
			.scopeSeparator("+")
			.detailsMapper((response) -> new SocialDetails("", "", "", "", ""))
			.build();
	}

}
