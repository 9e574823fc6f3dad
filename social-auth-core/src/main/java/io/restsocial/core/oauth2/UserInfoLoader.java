package io.restsocial.core.oauth2;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fetches the user's data from a provider once the access token is known: the seam for how a
 * provider wants its user-info endpoint called.
 */
@FunctionalInterface
public interface UserInfoLoader {

	/**
	 * Fetch the user's data.
	 * @param provider the provider, with its endpoints and keys
	 * @param accessToken the access token
	 * @param tokenResponse the whole token response
	 * @return the user's data
	 */
	Map<String, Object> load(OAuth2Provider provider, String accessToken, Map<String, Object> tokenResponse);

	/**
	 * A loader that sends {@code Authorization: Bearer <token>} to the user-info endpoint.
	 * @return the loader
	 */
	static UserInfoLoader bearer() {
		return (provider, accessToken, tokenResponse) -> provider.http()
			.get(provider.name(), URI.create(provider.userInfoUri()), (headers) -> {
				headers.setBearerAuth(accessToken);
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			})
			.readObject(provider.name(), "user info");
	}

	/**
	 * A {@link #bearer()} loader when the provider has a user-info endpoint (OpenID Connect
	 * issuers may not), else none.
	 * @return the loader
	 */
	static UserInfoLoader bearerIfAvailable() {
		UserInfoLoader bearer = bearer();
		return (provider, accessToken, tokenResponse) -> (provider.userInfoUri() != null)
				? bearer.load(provider, accessToken, tokenResponse) : Map.of();
	}

	/**
	 * A loader that sends the access token as a query parameter of the user-info endpoint, as
	 * GitLab, Yandex, Amazon and Slack accept it.
	 * @param parameter the parameter's name, such as {@code access_token}
	 * @return the loader
	 */
	static UserInfoLoader queryParameter(String parameter) {
		return query((provider, accessToken, tokenResponse) -> Map.of(parameter, accessToken));
	}

	/**
	 * A loader that GETs the user-info endpoint with query parameters (Facebook's fields and
	 * proof, VK's version, WeChat's openid), answering JSON.
	 * @param parameters the query parameters of a login, the access token among them where the
	 * provider wants it there
	 * @return the loader
	 */
	static UserInfoLoader query(QueryParameters parameters) {
		return (provider, accessToken, tokenResponse) -> {
			UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(provider.userInfoUri());
			parameters.of(provider, accessToken, tokenResponse).forEach(uri::queryParam);
			return provider.http()
				.get(provider.name(), uri.encode().build().toUri(),
						(headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
				.readObject(provider.name(), "user info");
		};
	}

	/**
	 * The query parameters of a user-info request.
	 */
	@FunctionalInterface
	interface QueryParameters {

		/**
		 * The parameters, in order.
		 * @param provider the provider
		 * @param accessToken the access token
		 * @param tokenResponse the whole token response
		 * @return the parameters
		 */
		Map<String, String> of(OAuth2Provider provider, String accessToken, Map<String, Object> tokenResponse);

	}

	/**
	 * A loader for providers whose token response already holds everything.
	 * @return the loader
	 */
	static UserInfoLoader none() {
		return (provider, accessToken, tokenResponse) -> Map.of();
	}

}
