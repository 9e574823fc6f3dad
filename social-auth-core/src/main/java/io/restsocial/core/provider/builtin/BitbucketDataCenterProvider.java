package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Bitbucket Data Center ({@code bitbucket-datacenter-oauth2}), with PKCE and the client's
 * credentials in the form: the user's name comes from the {@code X-AUSERNAME} header of
 * {@code /rest/api/latest/application-properties} (the {@code application-properties-uri}
 * setting), then the user from {@code /rest/api/latest/users/<name>}; the uid is its {@code id},
 * the username its {@code slug}, the email its {@code emailAddress} (which Bitbucket does not call
 * verified: it counts as unverified) and the names split from {@code displayName}.
 * <p>
 * The server has no default: the registration sets {@code authorization-uri}
 * ({@code https://<host>/rest/oauth2/latest/authorize}), {@code token-uri}
 * ({@code https://<host>/rest/oauth2/latest/token}) and {@code user-info-uri}
 * ({@code https://<host>/rest/api/latest/users}), python-social-auth's {@code URL}. Until it does,
 * the endpoints are on the reserved {@code bitbucket-datacenter.invalid} host, which never
 * resolves (RFC 6761).
 *
 * @see <a href="https://confluence.atlassian.com/bitbucketserver/bitbucket-oauth-2-0-provider-api-1108483661.html">Bitbucket
 * OAuth 2.0 provider API</a>
 */
public final class BitbucketDataCenterProvider {

	/** The wire name. */
	public static final String NAME = "bitbucket-datacenter-oauth2";

	/** The setting that overrides the URL whose answer names the user. */
	public static final String APPLICATION_PROPERTIES_URI = "application-properties-uri";

	// RFC 6761, section 6.4: a name under .invalid never resolves.
	private static final String UNSET_HOST = "https://bitbucket-datacenter.invalid";

	private BitbucketDataCenterProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri(UNSET_HOST + "/rest/oauth2/latest/authorize")
			.tokenUri(UNSET_HOST + "/rest/oauth2/latest/token")
			.userInfoUri(UNSET_HOST + "/rest/api/latest/users")
			.scope("PUBLIC_REPOS")
			.pkce(true)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.userInfoLoader(BitbucketDataCenterProvider::loadUser)
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "slug"),
					Values.string(response, "emailAddress"), Values.string(response, "displayName"), null, null))
			.build();
	}

	private static Map<String, Object> loadUser(UserInfoRequest request) {
		String users = request.userInfoUri();
		String properties = users.endsWith("/users")
				? users.substring(0, users.length() - "/users".length()) + "/application-properties" : users;
		ProviderResponse answer = request.http()
			.get(request.provider(), URI.create(request.setting(APPLICATION_PROPERTIES_URI, properties)), (headers) -> {
				headers.setBearerAuth(request.accessToken());
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			});
		request.read(answer, "application properties");
		String username = answer.headers().getFirst("X-AUSERNAME");
		if (username == null || username.isEmpty()) {
			throw new ProviderException(request.provider(),
					"Bitbucket answered application-properties without the X-AUSERNAME of the token's user", null);
		}
		URI user = UriComponentsBuilder.fromUriString(users)
			.pathSegment(username)
			.queryParam("avatarSize", "48")
			.build()
			.encode()
			.toUri();
		return request.getObject(user, (headers) -> headers.setBearerAuth(request.accessToken()), "user");
	}

}
