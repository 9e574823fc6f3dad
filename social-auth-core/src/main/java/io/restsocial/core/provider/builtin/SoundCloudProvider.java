package io.restsocial.core.provider.builtin;

import java.net.URI;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * SoundCloud ({@code soundcloud}): user from {@code /me}, called with SoundCloud's
 * {@code Authorization: OAuth <token>}. As in python-social-auth the uid is the user's
 * {@code id}, the username its {@code username}, the email its {@code email}, and the names split
 * from its {@code full_name}. SoundCloud documents no verification of the email: it counts as
 * unverified.
 *
 * @see <a href="https://developers.soundcloud.com/docs/api/guide#authentication">SoundCloud's
 * authentication</a>
 */
public final class SoundCloudProvider {

	/** The wire name. */
	public static final String NAME = "soundcloud";

	private SoundCloudProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://soundcloud.com/connect")
			.tokenUri("https://api.soundcloud.com/oauth2/token")
			.userInfoUri("https://api.soundcloud.com/me")
			.scopeSeparator(",")
			.userInfoLoader((request) -> {
				URI uri = UriComponentsBuilder.fromUriString(request.userInfoUri())
					.queryParam("format", "json")
					.build()
					.encode()
					.toUri();
				return request.getObject(uri,
						(headers) -> headers.set("Authorization", "OAuth " + request.accessToken()), "user info");
			})
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), Values.string(response, "full_name"), null, null))
			.build();
	}

}
