package io.restsocial.core.oauth2;

import java.net.URI;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fetches the user's data from a provider once the access token is known: the seam for how a
 * provider wants its user-info endpoint called.
 */
@FunctionalInterface
public interface UserInfoLoader {

	/**
	 * Fetch the user's data.
	 * @param request the access token, the token response, the endpoint and the client for calls
	 * @return the user's data
	 */
	Map<String, Object> load(UserInfoRequest request);

	/**
	 * A loader that sends {@code Authorization: Bearer <token>} to the user-info endpoint.
	 * @return the loader
	 */
	static UserInfoLoader bearer() {
		return (request) -> request.getObject(URI.create(request.userInfoUri()),
				(headers) -> headers.setBearerAuth(request.accessToken()), "user info");
	}

	/**
	 * A {@link #bearer()} loader when the provider has a user-info endpoint (OpenID Connect
	 * issuers may not), else none.
	 * @return the loader
	 */
	static UserInfoLoader bearerIfAvailable() {
		UserInfoLoader bearer = bearer();
		return (request) -> (request.userInfoUri() != null) ? bearer.load(request) : Map.of();
	}

	/**
	 * A loader that sends the access token as a query parameter of the user-info endpoint, as
	 * GitLab, Yandex, Amazon and Slack accept it.
	 * @param parameter the parameter's name, such as {@code access_token}
	 * @return the loader
	 */
	static UserInfoLoader queryParameter(String parameter) {
		return query((request) -> Map.of(parameter, request.accessToken()));
	}

	/**
	 * A loader that GETs the user-info endpoint with query parameters (Facebook's fields and
	 * proof, VK's version, WeChat's openid), answering JSON.
	 * @param parameters the query parameters of a login, the access token among them where the
	 * provider wants it there
	 * @return the loader
	 */
	static UserInfoLoader query(QueryParameters parameters) {
		return (request) -> {
			UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(request.userInfoUri());
			parameters.of(request).forEach(uri::queryParam);
			return request.getObject(uri.build().encode().toUri(), (headers) -> {
			}, "user info");
		};
	}

	/**
	 * The query parameters of a user-info request.
	 */
	@FunctionalInterface
	interface QueryParameters {

		/**
		 * The parameters, in order.
		 * @param request the user-info request
		 * @return the parameters
		 */
		Map<String, String> of(UserInfoRequest request);

	}

	/**
	 * A loader for providers whose token response already holds everything.
	 * @return the loader
	 */
	static UserInfoLoader none() {
		return (request) -> Map.of();
	}

}
