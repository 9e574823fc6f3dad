package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.AccessTokenVerification;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Google ({@code google-oauth2}): user from the OpenID userinfo endpoint, and the ID token checked
 * against Google's keys; the username is the email's local part, and the email is verified by
 * {@code email_verified} (userinfo v3 and ID tokens) or {@code verified_email} (userinfo v2).
 * Native apps may log in with the ID token Google Sign-In gave them.
 * <p>
 * The uid is Google's {@code sub} (the v2 {@code id} where there is no {@code sub}), which never
 * changes. python-social-auth's default uid is the email ({@code USE_UNIQUE_USER_ID} off), but an
 * email changes: a Workspace administrator renames a user, or gives a departed user's address to a
 * newcomer, who would then log in as the departed user. The default here is therefore the safe
 * one; an application whose accounts were stored by python-social-auth with email uids sets
 * {@code use-unique-user-id: false} to keep finding them.
 *
 * @see <a href="https://developers.google.com/identity/protocols/oauth2/web-server">Google OAuth 2.0 for web
 * server apps</a>
 */
public final class GoogleProvider {

	/** The wire name. */
	public static final String NAME = "google-oauth2";

	/** The issuer of Google's ID tokens. */
	public static final String ISSUER = "https://accounts.google.com";

	private GoogleProvider() {
	}

	// Google's tokeninfo: the token's audience must be one of this app's client ids.
	private static void tokenInfo(AccessTokenVerification verification) {
		URI uri = UriComponentsBuilder
			.fromUriString(verification.setting("token-info-uri", "https://oauth2.googleapis.com/tokeninfo"))
			.queryParam("access_token", verification.accessToken())
			.build()
			.encode()
			.toUri();
		ProviderResponse response = verification.http()
			.get(verification.provider(), uri, (headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)));
		if (response.status().is4xxClientError()) {
			throw new InvalidRequestException("The Google access token is not valid", "access_token");
		}
		Map<String, Object> info = response.readObject(verification.provider(), "tokeninfo");
		if (!verification.audiences().contains(String.valueOf(info.get("aud")))) {
			throw new InvalidRequestException("The Google access token was issued to another app", "access_token");
		}
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://accounts.google.com/o/oauth2/auth")
			.tokenUri("https://accounts.google.com/o/oauth2/token")
			.userInfoUri("https://www.googleapis.com/oauth2/v3/userinfo")
			.scope("openid", "email", "profile")
			// The ID token that comes with the code is checked whenever the scope asked for one.
			.idToken(new IdTokenSettings(ISSUER, "https://www.googleapis.com/oauth2/v3/certs", false, false))
			.detailsMapper((response) -> {
				String email = Values.string(response, "email");
				int at = email.indexOf('@');
				return SocialDetails.of((at >= 0) ? email.substring(0, at) : email, email,
						Values.string(response, "name"), Values.string(response, "given_name"),
						Values.string(response, "family_name"))
					.withEmailVerified(Values.isTrue(response, "email_verified")
							|| Values.isTrue(response, "verified_email"));
			})
			.userIdMapper((details, response) -> details.email())
			.uniqueUserIdMapper((details, response) -> (response.get("sub") != null) ? response.get("sub")
					: response.get("id"))
			.accessTokenVerifier(GoogleProvider::tokenInfo)
			.build();
	}

}
