package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Auth0 over OpenID Connect discovery ({@code auth0_openidconnect}, with an underscore, as
 * python-social-auth names it), configured by the tenant's issuer
 * ({@code issuer-uri: https://<domain>/}, python-social-auth's {@code DOMAIN}): endpoints and keys
 * from discovery, the client authentication method discovery chooses, the ID token required and
 * validated; the uid is its {@code sub}, the username the {@code nickname}, the names
 * {@code name}, {@code given_name} and {@code family_name}, and the email is verified by Auth0's
 * {@code email_verified} claim.
 *
 * @see <a href="https://auth0.com/docs/get-started/applications/configure-applications-with-oidc-discovery">Auth0:
 * configure applications with OIDC discovery</a>
 */
public final class Auth0OpenIdConnectProvider {

	/** The wire name. */
	public static final String NAME = "auth0_openidconnect";

	private Auth0OpenIdConnectProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.detailsMapper((claims) -> SocialDetails
				.of(Values.string(claims, "nickname"), Values.string(claims, "email"), Values.string(claims, "name"),
						Values.string(claims, "given_name"), Values.string(claims, "family_name"))
				.withEmailVerified(OidcProvider.emailVerified(claims)))
			.build();
	}

}
