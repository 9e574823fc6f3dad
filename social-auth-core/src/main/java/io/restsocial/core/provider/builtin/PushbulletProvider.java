package io.restsocial.core.provider.builtin;

import java.net.URI;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Pushbullet ({@code pushbullet}): user from {@code /v2/users/me}, called with the token in
 * Pushbullet's {@code Access-Token} header; as in python-social-auth the uid is the user's
 * {@code iden}. The username and the full name are the user's {@code name}, and the email its
 * {@code email}; Pushbullet documents no verification of it, so it counts as unverified.
 * <p>
 * python-social-auth makes the access token the username (a secret, shown and stored as a
 * name), and its uid call fails on Python 3 (it base64-encodes a string): here the token stays
 * a credential, and the uid is read as python-social-auth means to.
 *
 * @see <a href="https://docs.pushbullet.com/#oauth">Pushbullet's OAuth</a>
 */
public final class PushbulletProvider {

	/** The wire name. */
	public static final String NAME = "pushbullet";

	private PushbulletProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.pushbullet.com/authorize")
			.tokenUri("https://api.pushbullet.com/oauth2/token")
			.userInfoUri("https://api.pushbullet.com/v2/users/me")
			.userInfoLoader((request) -> request.getObject(URI.create(request.userInfoUri()),
					(headers) -> headers.set("Access-Token", request.accessToken()), "user info"))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "name"),
					Values.string(response, "email"), Values.string(response, "name"), null, null))
			.userIdMapper(UserIdMapper.key("iden"))
			.build();
	}

}
