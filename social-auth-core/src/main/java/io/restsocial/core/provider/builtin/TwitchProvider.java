package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Twitch over OpenID Connect ({@code twitch}): endpoints from Twitch's discovery, credentials in
 * the body; the front-end asks for the {@code email}, {@code email_verified} and
 * {@code preferred_username} claims, and the email is verified only with {@code email_verified}.
 */
public final class TwitchProvider {

	/** The wire name. */
	public static final String NAME = "twitch";

	/** Twitch's issuer. */
	public static final String ISSUER = "https://id.twitch.tv/oauth2";

	private TwitchProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.scope("openid", "user:read:email")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.idToken(new IdTokenSettings(ISSUER, null, true, true))
			.detailsMapper((claims) -> SocialDetails.of(Values.string(claims, "preferred_username"),
					Values.string(claims, "email"), null, null, null)
				.withEmailVerified(OidcProvider.emailVerified(claims)))
			.build();
	}


}
