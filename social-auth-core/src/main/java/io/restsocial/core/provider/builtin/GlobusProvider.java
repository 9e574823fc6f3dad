package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;

/**
 * Globus Auth ({@code globus}), an OpenID Connect issuer ({@code https://auth.globus.org}):
 * endpoints from discovery, the ID token required and validated; the uid is {@code sub}, the
 * username {@code preferred_username}, the names split from {@code name}, and the email is
 * verified only by an {@code email_verified} claim, which Globus does not send.
 *
 * @see <a href="https://docs.globus.org/api/auth/specification/">Globus Auth API</a>
 */
public final class GlobusProvider {

	/** The wire name. */
	public static final String NAME = "globus";

	/** Globus Auth's issuer. */
	public static final String ISSUER = "https://auth.globus.org";

	private GlobusProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.idToken(new IdTokenSettings(ISSUER, null, true, true))
			.detailsMapper((claims) -> SocialDetails.of(Values.string(claims, "preferred_username"),
					Values.string(claims, "email"), Values.string(claims, "name"), null, null)
				.withEmailVerified(OidcProvider.emailVerified(claims)))
			.build();
	}

}
