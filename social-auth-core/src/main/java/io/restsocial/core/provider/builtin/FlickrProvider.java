package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.OAuth1Signer;
import io.restsocial.core.provider.SocialDetails;

/**
 * Flickr over OAuth 1.0a ({@code flickr}): the access token answer names the user. As in
 * python-social-auth the uid is its {@code user_nsid}, the username its {@code username} (else
 * the uid), and the names split from its {@code fullname}. Flickr gives no email. The user
 * endpoint, which every OAuth 1.0a login here reads, is {@code flickr.test.login} (signed with
 * the access token); nothing of its answer is needed for the user. Flickr's authorization page
 * takes a {@code perms} parameter ({@code read}, which python-social-auth adds), which the
 * front-end adds to the authorization URL.
 *
 * @see <a href="https://www.flickr.com/services/api/auth.oauth.html">Flickr's OAuth 1.0a</a>
 */
public final class FlickrProvider {

	/** The wire name. */
	public static final String NAME = "flickr";

	private FlickrProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth1ProviderDefinition definition() {
		return new OAuth1ProviderDefinition(NAME, "https://www.flickr.com/services/oauth/request_token",
				"https://www.flickr.com/services/oauth/authorize", "https://www.flickr.com/services/oauth/access_token",
				"https://api.flickr.com/services/rest?method=flickr.test.login&format=json&nojsoncallback=1",
				OAuth1Signer.HMAC_SHA1, (response) -> {
					String username = Values.string(response, "username");
					return SocialDetails.of(username.isEmpty() ? Values.string(response, "user_nsid") : username, "",
							Values.string(response, "fullname"), null, null);
				}, (details, response) -> response.get("user_nsid"));
	}

}
