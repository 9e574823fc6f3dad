package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Okta ({@code okta-openidconnect}), configured by its issuer
 * ({@code issuer-uri: https://<org>.okta.com/oauth2/default}); as in python-social-auth the uid is
 * {@code preferred_username}; the email is verified by Okta's {@code email_verified} claim.
 */
public final class OktaProvider {

	/** The wire name. */
	public static final String NAME = "okta-openidconnect";

	private OktaProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.detailsMapper((claims) -> SocialDetails.of(Values.string(claims, "preferred_username"),
					Values.string(claims, "email"), null, Values.string(claims, "given_name"),
					Values.string(claims, "family_name"))
				.withEmailVerified(OidcProvider.emailVerified(claims)))
			.userIdMapper(UserIdMapper.key("preferred_username"))
			.build();
	}


}
