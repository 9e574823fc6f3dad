package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Podio ({@code podio}): user from {@code /user/status}, called with Podio's
 * {@code Authorization: OAuth2 <token>}; the uid is the token response's {@code ref.id}. As in
 * python-social-auth the username is {@code user_<user_id>}, the email the user's {@code mail},
 * and the names split from the profile's {@code name}. The email is verified when the user's
 * {@code mails} list it as {@code verified}.
 *
 * @see <a href="https://developers.podio.com/authentication/server_side">Podio's server-side
 * flow</a>
 */
public final class PodioProvider {

	/** The wire name. */
	public static final String NAME = "podio";

	private PodioProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://podio.com/oauth/authorize")
			.tokenUri("https://podio.com/oauth/token")
			.userInfoUri("https://api.podio.com/user/status")
			.userInfoLoader((request) -> request.getObject(URI.create(request.userInfoUri()),
					(headers) -> headers.set("Authorization", "OAuth2 " + request.accessToken()), "user info"))
			.detailsMapper((response) -> {
				Map<?, ?> user = Values.map(response, "user");
				String email = Values.string(user, "mail");
				String userId = Values.string(user, "user_id");
				return SocialDetails
					.of(userId.isEmpty() ? "" : "user_" + userId, email,
							Values.string(Values.map(response, "profile"), "name"), null, null)
					.withEmailVerified(isVerified(user.get("mails"), email));
			})
			.userIdMapper((details, response) -> Values.map(response, "ref").get("id"))
			.build();
	}

	private static boolean isVerified(Object mails, String email) {
		return mails instanceof List<?> list && list.stream()
			.anyMatch((mail) -> mail instanceof Map<?, ?> map && Values.isTrue(map, "verified")
					&& email.equalsIgnoreCase(Values.string(map, "mail")));
	}

}
