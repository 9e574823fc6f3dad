package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * MusicBrainz ({@code musicbrainz}): user from {@code https://musicbrainz.org/oauth2/userinfo}
 * with the token as a query parameter. The uid is the {@code metabrainz_user_id}; as in
 * python-social-auth the username and the first name are the {@code sub} (the MusicBrainz user
 * name). The email is verified by MusicBrainz's {@code email_verified}. An answer without a
 * {@code metabrainz_user_id} is refused (python-social-auth would save the uid {@code "None"},
 * one account for every such login).
 *
 * @see <a href="https://musicbrainz.org/doc/Development/OAuth2">MusicBrainz: OAuth2</a>
 */
public final class MusicBrainzProvider {

	/** The wire name. */
	public static final String NAME = "musicbrainz";

	private MusicBrainzProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://musicbrainz.org/oauth2/authorize")
			.tokenUri("https://musicbrainz.org/oauth2/token")
			.userInfoUri("https://musicbrainz.org/oauth2/userinfo")
			.scope("profile", "email")
			.userInfoLoader(UserInfoLoader.queryParameter("access_token"))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "sub"),
					Values.string(response, "email"), "", Values.string(response, "sub"), "")
				.withEmailVerified(Values.isTrue(response, "email_verified")))
			.userIdMapper(UserIdMapper.key("metabrainz_user_id"))
			.build();
	}

}
