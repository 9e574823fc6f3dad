package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Auth0 ({@code auth0}), configured by its tenant's issuer
 * ({@code issuer-uri: https://<tenant>.auth0.com/}); the username is the {@code nickname}, and
 * the email is verified by Auth0's {@code email_verified} claim.
 */
public final class Auth0Provider {

	/** The wire name. */
	public static final String NAME = "auth0";

	private Auth0Provider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.detailsMapper((claims) -> SocialDetails.of(Values.string(claims, "nickname"),
					Values.string(claims, "email"), Values.string(claims, "name"), null, null)
				.withEmailVerified(OidcProvider.emailVerified(claims)))
			.build();
	}


}
