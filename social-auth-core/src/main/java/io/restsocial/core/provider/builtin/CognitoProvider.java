package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Amazon Cognito user pools ({@code cognito}), configured by the pool's issuer
 * ({@code issuer-uri: https://cognito-idp.<region>.amazonaws.com/<pool-id>}); the uid and the
 * username are the pool's {@code username} (or {@code cognito:username}), and a login without one
 * is refused rather than keyed by the email, which may change hands; the email is verified by the
 * pool's {@code email_verified} attribute (a string in Cognito's tokens).
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
			String username = poolUsername(claims);
			return SocialDetails.of(username.isEmpty() ? Values.string(claims, "email") : username,
					Values.string(claims, "email"), null, Values.string(claims, "given_name"),
					Values.string(claims, "family_name"))
				.withEmailVerified(OidcProvider.emailVerified(claims));
		})
			// Only the pool's username, as python-social-auth's ID_KEY: the email the username falls
			// back to may change hands, so a login without a username is refused.
			.userIdMapper((details, claims) -> poolUsername(claims))
			.build();
	}

	private static String poolUsername(Map<String, Object> claims) {
		String username = Values.string(claims, "username");
		return username.isEmpty() ? Values.string(claims, "cognito:username") : username;
	}

}
