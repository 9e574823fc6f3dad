package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Amazon Cognito user pools ({@code cognito}), configured by the pool's issuer
 * ({@code issuer-uri: https://cognito-idp.<region>.amazonaws.com/<pool-id>}); the uid is the
 * pool's {@code username}; the email is verified by the pool's {@code email_verified} attribute
 * (a string in Cognito's tokens).
 */
public final class CognitoProvider {

	/** The wire name. */
	public static final String NAME = "cognito";

	private CognitoProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME).detailsMapper((claims) -> {
			String username = Values.string(claims, "username");
			if (username.isEmpty()) {
				username = Values.string(claims, "cognito:username");
			}
			return SocialDetails.of(username.isEmpty() ? Values.string(claims, "email") : username,
					Values.string(claims, "email"), null, Values.string(claims, "given_name"),
					Values.string(claims, "family_name"))
				.withEmailVerified(OidcProvider.emailVerified(claims));
		}).userIdMapper((details, claims) -> details.username()).build();
	}


}
