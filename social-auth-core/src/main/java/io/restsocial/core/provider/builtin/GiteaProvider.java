package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Gitea ({@code gitea}), gitea.com by default; a self-hosted instance (python-social-auth's
 * {@code API_URL}) overrides the three endpoint URIs. User from {@code /api/v1/user}: the uid is
 * its {@code id}, the username its {@code login}, the names are split from its
 * {@code full_name}. python-social-auth reads a {@code fullname} key that Gitea does not send,
 * and so never has names; here they are read from the key Gitea documents. Gitea's user object
 * says nothing of the email's verification, so it counts as unverified.
 *
 * @see <a href="https://docs.gitea.com/development/oauth2-provider">Gitea: OAuth2 provider</a>
 */
public final class GiteaProvider {

	/** The wire name. */
	public static final String NAME = "gitea";

	private GiteaProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://gitea.com/login/oauth/authorize")
			.tokenUri("https://gitea.com/login/oauth/access_token")
			.userInfoUri("https://gitea.com/api/v1/user")
			.scopeSeparator(",")
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "login"),
					Values.string(response, "email"), Values.string(response, "full_name"), null, null))
			.build();
	}

}
