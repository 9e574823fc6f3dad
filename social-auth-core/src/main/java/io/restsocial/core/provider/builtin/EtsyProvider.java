package io.restsocial.core.provider.builtin;

import java.net.URI;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Etsy ({@code etsy}), Open API v3 with PKCE by default as in python-social-auth: the user id
 * is the access token's prefix before its first {@code .}, and the user comes from
 * {@code /v3/application/users/<user id>}, called with the token and the app's
 * {@code x-api-key} (its client id). The uid and the username are the user's {@code user_id},
 * the email its {@code primary_email}; the first and last names are Etsy's. Etsy documents no
 * verification of the email, so it counts as unverified.
 *
 * @see <a href="https://developers.etsy.com/documentation/essentials/authentication">Etsy Open API v3:
 * authentication</a>
 */
public final class EtsyProvider {

	/** The wire name. */
	public static final String NAME = "etsy";

	private EtsyProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.etsy.com/oauth/connect")
			.tokenUri("https://api.etsy.com/v3/public/oauth/token")
			.userInfoUri("https://openapi.etsy.com/v3/application/users")
			.pkce(true)
			.userInfoLoader((request) -> {
				String token = request.accessToken();
				int dot = token.indexOf('.');
				if (dot <= 0) {
					throw new ProviderException(request.provider(),
							"Etsy answered an access token that does not start with the user's id", null);
				}
				URI uri = UriComponentsBuilder.fromUriString(request.userInfoUri())
					.pathSegment(token.substring(0, dot))
					.build()
					.encode()
					.toUri();
				return request.getObject(uri, (headers) -> {
					headers.setBearerAuth(token);
					headers.set("x-api-key", request.clientId());
				}, "user info");
			})
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "user_id"),
					Values.string(response, "primary_email"), "", Values.string(response, "first_name"),
					Values.string(response, "last_name")))
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

}
