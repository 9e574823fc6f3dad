package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Fedora accounts ({@code fedora-oidc}), the OpenID Connect issuer
 * {@code https://id.fedoraproject.org/openidc/}: the ID token required and validated, the client's
 * credentials in a Basic header, and python-social-auth's scope with Fedora's agreements and
 * groups. Its endpoints are set here, as its discovery document publishes them: that document is
 * served at the host's root rather than under the issuer, where python-social-auth reads it. The
 * uid is
 * {@code sub}, the username the {@code nickname} (the Fedora account name), the names
 * {@code name}, {@code given_name} and {@code family_name}, and the email is verified by
 * {@code email_verified}.
 *
 * @see <a href="https://fedoraproject.org/wiki/Infrastructure/Authentication">Fedora authentication</a>
 */
public final class FedoraProvider {

	/** The wire name. */
	public static final String NAME = "fedora-oidc";

	/** Fedora's issuer. */
	public static final String ISSUER = "https://id.fedoraproject.org/openidc/";

	private FedoraProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.scope("openid", "profile", "email", "https://id.fedoraproject.org/scope/agreements",
					"https://id.fedoraproject.org/scope/groups")
			.authorizationUri(ISSUER + "Authorization")
			.tokenUri(ISSUER + "Token")
			.userInfoUri(ISSUER + "UserInfo")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.idToken(new IdTokenSettings(ISSUER, ISSUER + "Jwks", false, true))
			.detailsMapper((claims) -> SocialDetails
				.of(Values.string(claims, "nickname"), Values.string(claims, "email"), Values.string(claims, "name"),
						Values.string(claims, "given_name"), Values.string(claims, "family_name"))
				.withEmailVerified(OidcProvider.emailVerified(claims)))
			.build();
	}

}
