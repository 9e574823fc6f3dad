package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.TokenRequests;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Lyft ({@code lyft}): HTTP Basic client authentication and, as python-social-auth sends it, no
 * {@code redirect_uri} in the token request; user from {@code https://api.lyft.com/v1/profile}.
 * The uid and the username are Lyft's {@code id}; Lyft gives neither an email nor names here.
 *
 * @see <a href="https://developer.lyft.com/docs/authentication">Lyft: authentication</a>
 */
public final class LyftProvider {

	/** The wire name. */
	public static final String NAME = "lyft";

	private LyftProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.lyft.com/oauth/authorize")
			.tokenUri("https://api.lyft.com/oauth/token")
			.userInfoUri("https://api.lyft.com/v1/profile")
			.scope("public", "profile", "rides.read", "rides.request")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.tokenRequest(TokenRequests.withoutRedirectUri())
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "id"), "", "", "", ""))
			.build();
	}

}
