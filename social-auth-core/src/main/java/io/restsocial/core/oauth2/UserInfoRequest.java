package io.restsocial.core.oauth2;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;

/**
 * What a {@link UserInfoLoader} needs to fetch the user's data, and nothing more of the provider.
 *
 * @param provider the provider's wire name
 * @param userInfoUri the user-info endpoint in effect, or {@code null} when the provider has none
 * @param accessToken the access token, or {@code null} when the token response carried an ID token
 * alone (see {@link OAuth2ProviderDefinition#isAccessTokenOptional()})
 * @param tokenResponse the whole token response (only the access token for a native login)
 * @param clientId the application's client id
 * @param clientSecret the application's client secret, or {@code null}
 * @param settings the registration's provider-specific settings
 * @param errors how the provider reports errors in its answers
 * @param http the client for the calls
 */
public record UserInfoRequest(String provider, String userInfoUri, String accessToken,
		Map<String, Object> tokenResponse, String clientId, String clientSecret, Map<String, String> settings,
		ProviderResponse.Errors errors, ProviderHttpClient http) {

	/**
	 * A provider-specific setting.
	 * @param name the setting's name, such as {@code debug-token-uri}
	 * @param fallback the value when it is not set
	 * @return the value
	 */
	public String setting(String name, String fallback) {
		String value = this.settings.get(name);
		return StringUtils.hasText(value) ? value : fallback;
	}

	/**
	 * GET a URI that answers JSON, and read its object with the provider's errors.
	 * @param uri the URI, query included
	 * @param headers a callback to set further request headers
	 * @param what what is asked for, for messages
	 * @return the answer's fields
	 */
	public Map<String, Object> getObject(URI uri, Consumer<HttpHeaders> headers, String what) {
		return read(this.http.get(this.provider, uri, acceptJson(headers)), what);
	}

	/**
	 * Read an answer's object with the provider's errors.
	 * @param response the answer
	 * @param what what was asked for, for messages
	 * @return the answer's fields
	 */
	public Map<String, Object> read(ProviderResponse response, String what) {
		return response.readObject(this.provider, what, this.errors);
	}

	/**
	 * Headers that ask for JSON, then the given ones.
	 * @param headers a callback to set further headers
	 * @return the callback
	 */
	static Consumer<HttpHeaders> acceptJson(Consumer<HttpHeaders> headers) {
		return (all) -> {
			all.setAccept(List.of(MediaType.APPLICATION_JSON));
			headers.accept(all);
		};
	}

	@Override
	public String toString() {
		return "UserInfoRequest[" + this.provider + "]";
	}

}
