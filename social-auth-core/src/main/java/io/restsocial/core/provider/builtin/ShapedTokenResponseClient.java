package io.restsocial.core.provider.builtin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.BoundedBody;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;

/**
 * A token response client for a provider whose token request or answer departs from RFC 6749
 * further than a parameters converter reaches: a JSON request body (Qiita), or the access token
 * under another key or nested in the answer (Qiita's {@code token}, Untappd's
 * {@code response.access_token}). The provider's definition builds the request and reshapes the
 * answer so that its {@code access_token} is a string; the answer is read as every other
 * provider answer (at most {@link ProviderHttpClient#DEFAULT_MAX_RESPONSE_SIZE} bytes, errors by
 * the provider's {@link ProviderResponse.Errors}), and every reshaped field is kept for the login.
 */
final class ShapedTokenResponseClient
		implements OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> {

	private final String provider;

	private final ProviderResponse.Errors errors;

	private final RestClient restClient;

	private final BiFunction<RestClient, OAuth2AuthorizationCodeGrantRequest, RestClient.RequestHeadersSpec<?>> request;

	private final UnaryOperator<Map<String, Object>> reshape;

	/**
	 * Create a client.
	 * @param provider the provider's wire name
	 * @param errors how the provider reports errors
	 * @param restClient the client that sends the request
	 * @param request builds the token request of a grant
	 * @param reshape turns the answer's fields into a token response's, {@code access_token}
	 * among them
	 */
	ShapedTokenResponseClient(String provider, ProviderResponse.Errors errors, RestClient restClient,
			BiFunction<RestClient, OAuth2AuthorizationCodeGrantRequest, RestClient.RequestHeadersSpec<?>> request,
			UnaryOperator<Map<String, Object>> reshape) {
		Assert.hasText(provider, "provider cannot be empty");
		Assert.notNull(errors, "errors cannot be null");
		Assert.notNull(restClient, "restClient cannot be null");
		Assert.notNull(request, "request cannot be null");
		Assert.notNull(reshape, "reshape cannot be null");
		this.provider = provider;
		this.errors = errors;
		this.restClient = restClient;
		this.request = request;
		this.reshape = reshape;
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(OAuth2AuthorizationCodeGrantRequest grantRequest) {
		Assert.notNull(grantRequest, "grantRequest cannot be null");
		ProviderResponse answer = this.request.apply(this.restClient, grantRequest)
			.exchange((request, response) -> new ProviderResponse(response.getStatusCode(),
					HttpHeaders.copyOf(response.getHeaders()), read(BoundedBody.read(response.getBody(),
							response.getHeaders().getContentLength(), ProviderHttpClient.DEFAULT_MAX_RESPONSE_SIZE))));
		Map<String, Object> fields = this.reshape.apply(answer.readObject(this.provider, "access token", this.errors));
		if (!(fields.get("access_token") instanceof String accessToken) || accessToken.isEmpty()) {
			throw new ProviderUnavailableException(this.provider,
					"Provider '" + this.provider + "' answered the token request without an access_token", null);
		}
		OAuth2AccessTokenResponse.Builder builder = OAuth2AccessTokenResponse.withToken(accessToken)
			.tokenType(OAuth2AccessToken.TokenType.BEARER)
			.additionalParameters(fields);
		if (fields.get("expires_in") instanceof Number expiresIn && expiresIn.longValue() > 0) {
			builder.expiresIn(expiresIn.longValue());
		}
		if (fields.get("scope") instanceof String scope && !scope.isBlank()) {
			builder.scopes(new LinkedHashSet<>(Arrays.asList(scope.strip().split("[\\s,]+"))));
		}
		if (fields.get("refresh_token") instanceof String refreshToken && !refreshToken.isEmpty()) {
			builder.refreshToken(refreshToken);
		}
		return builder.build();
	}

	private String read(byte[] body) {
		if (body.length > ProviderHttpClient.DEFAULT_MAX_RESPONSE_SIZE) {
			throw new ProviderUnavailableException(this.provider, "Provider '" + this.provider
					+ "' answered with more than " + ProviderHttpClient.DEFAULT_MAX_RESPONSE_SIZE + " bytes", null);
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
