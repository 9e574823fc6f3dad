package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Discord ({@code discord}): user from {@code /users/@me}; the email needs the {@code email} scope,
 * and is verified when the user object says {@code verified: true}.
 */
public final class DiscordProvider {

	/** The wire name. */
	public static final String NAME = "discord";

	private DiscordProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://discord.com/api/oauth2/authorize")
			.tokenUri("https://discord.com/api/oauth2/token")
			.userInfoUri("https://discord.com/api/users/@me")
			.scope("identify")
			.scopeSeparator("+")
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), "", null, null)
				.withEmailVerified(Values.isTrue(response, "verified")))
			.build();
	}

}
