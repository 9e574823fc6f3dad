package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Vimeo over OAuth 2.0 ({@code vimeo-oauth2}): the token response holds the {@code user}, and
 * {@code /me} is read too, with the token as {@code access_token} and Vimeo's API 3.0
 * {@code Accept}, as python-social-auth does. The uid is the last segment of the user's
 * {@code uri} ({@code /users/<id>}); as in python-social-auth the username and full name are its
 * {@code name}, split for the first and last names. Vimeo gives no email.
 * <p>
 * When the token response has no {@code user}, the user is {@code /me}'s answer; python-social-auth
 * would store the uid {@code "None"} for every such user, merging them: here a login without a
 * user {@code uri} is refused.
 *
 * @see <a href="https://developer.vimeo.com/api/authentication">Vimeo's authentication</a>
 */
public final class VimeoProvider {

	/** The wire name. */
	public static final String NAME = "vimeo-oauth2";

	/** The {@code Accept} header of Vimeo's API 3.0. */
	public static final String ACCEPT = "application/vnd.vimeo.*+json;version=3.0";

	private VimeoProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://api.vimeo.com/oauth/authorize")
			.tokenUri("https://api.vimeo.com/oauth/access_token")
			.userInfoUri("https://api.vimeo.com/me")
			.scopeSeparator(",")
			.userInfoLoader((request) -> request.read(request.http()
				.get(request.provider(), UriComponentsBuilder.fromUriString(request.userInfoUri())
					.queryParam("access_token", request.accessToken())
					.build()
					.encode()
					.toUri(), (headers) -> headers.set("Accept", ACCEPT)), "user info"))
			.detailsMapper((response) -> {
				String name = Values.string(user(response), "name");
				return SocialDetails.of(name, "", name, null, null);
			})
			.userIdMapper((details, response) -> {
				String uri = Values.string(user(response), "uri");
				if (uri.isEmpty()) {
					throw new ProviderException(NAME, "Vimeo gave no user uri: the account cannot log in here", null);
				}
				return uri.substring(uri.lastIndexOf('/') + 1);
			})
			.build();
	}

	// The token response's user, else /me's answer, which is the user.
	private static Map<?, ?> user(Map<String, Object> response) {
		Map<?, ?> user = Values.map(response, "user");
		return user.isEmpty() ? response : user;
	}

}
