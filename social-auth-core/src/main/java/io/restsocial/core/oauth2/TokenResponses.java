package io.restsocial.core.oauth2;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.client.RestClient;

/**
 * Reads a provider's token responses for Spring's token response clients, as every other
 * provider answer is read: at most {@link ProviderHttpClient#maxResponseSize()} bytes, JSON or
 * form-encoded, errors by the provider's {@link ProviderResponse.Errors}, each failure the same
 * exception and message as {@link ProviderResponse#readObject}. Lenient where providers depart
 * from RFC 6749 (no {@code token_type}, {@code expires_in} as a string), and every field of the
 * answer is kept as an additional parameter, so that a login keeps the raw response.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-5.1">RFC 6749, section 5.1</a>
 */
final class TokenResponses implements HttpMessageConverter<OAuth2AccessTokenResponse> {

	// A hundred years: longer than any token lives, far from Instant's limits.
	private static final long MAX_EXPIRES_IN = 100L * 365 * 24 * 3600;

	private static final String WHAT = "access token";

	private final String provider;

	private final ProviderResponse.Errors errors;

	private final ProviderHttpClient http;

	private final boolean accessTokenOptional;

	private TokenResponses(String provider, ProviderResponse.Errors errors, ProviderHttpClient http,
			boolean accessTokenOptional) {
		this.provider = provider;
		this.errors = errors;
		this.http = http;
		this.accessTokenOptional = accessTokenOptional;
	}

	/**
	 * The {@link RestClient} of a provider's token requests: the provider client's, with its
	 * timeouts, whose form bodies are written unlogged ({@link FormBodyRestClient}), whose answers
	 * are read by this class and whose errors are thrown as ours.
	 * @param provider the provider's wire name
	 * @param errors how the provider reports errors
	 * @param http the provider client
	 * @param accessTokenOptional whether an answer with an {@code id_token} and no
	 * {@code access_token} is read (see {@link OAuth2ProviderDefinition#isAccessTokenOptional()})
	 * @return the client
	 */
	static RestClient restClient(String provider, ProviderResponse.Errors errors, ProviderHttpClient http,
			boolean accessTokenOptional) {
		TokenResponses responses = new TokenResponses(provider, errors, http, accessTokenOptional);
		return FormBodyRestClient.wrap(http.restClient()
			.mutate()
			.configureMessageConverters((converters) -> converters.disableDefaults().addCustomConverter(responses))
			// Any answer but a 2xx (a 3xx too) throws what ProviderResponse would.
			.defaultStatusHandler((status) -> !status.is2xxSuccessful(),
					(request, response) -> responses.read(response.getStatusCode(), response.getHeaders(),
							response.getBody()))
			.build());
	}

	@Override
	public boolean canRead(Class<?> clazz, MediaType mediaType) {
		return OAuth2AccessTokenResponse.class.isAssignableFrom(clazz);
	}

	@Override
	public boolean canWrite(Class<?> clazz, MediaType mediaType) {
		return false;
	}

	@Override
	public List<MediaType> getSupportedMediaTypes() {
		return List.of(MediaType.ALL);
	}

	@Override
	public OAuth2AccessTokenResponse read(Class<? extends OAuth2AccessTokenResponse> clazz,
			HttpInputMessage inputMessage) throws IOException {
		return tokenResponse(read(HttpStatus.OK, inputMessage.getHeaders(), inputMessage.getBody()));
	}

	@Override
	public void write(OAuth2AccessTokenResponse response, MediaType contentType, HttpOutputMessage outputMessage) {
		throw new UnsupportedOperationException("Token responses are only read");
	}

	private Map<String, Object> read(HttpStatusCode status, HttpHeaders headers, InputStream body)
			throws IOException {
		return this.http.readResponse(this.provider, null, status, headers, body)
			.readObject(this.provider, WHAT, this.errors);
	}

	private OAuth2AccessTokenResponse tokenResponse(Map<String, Object> fields) {
		String accessToken = text(fields, "access_token");
		if (accessToken == null && this.accessTokenOptional) {
			// Spring's response needs a token value: the ID token stands in, and the raw fields,
			// which the login reads, still have no access_token.
			accessToken = text(fields, "id_token");
			if (accessToken == null) {
				throw new ProviderUnavailableException(this.provider, "Provider '" + this.provider
						+ "' answered the token request with neither an access_token nor an id_token", null);
			}
		}
		if (accessToken == null) {
			throw new ProviderUnavailableException(this.provider,
					"Provider '" + this.provider + "' answered the token request without an access_token", null);
		}
		// Lenient as providers are: no token_type (GitHub's form answer, VK) is a bearer token.
		OAuth2AccessTokenResponse.Builder builder = OAuth2AccessTokenResponse.withToken(accessToken)
			.tokenType(OAuth2AccessToken.TokenType.BEARER)
			.additionalParameters(fields);
		Long expiresIn = seconds(fields.get("expires_in"));
		if (expiresIn != null && expiresIn > 0) {
			// Capped: the token's expiry is now plus this, which a provider's huge value would overflow.
			builder.expiresIn(Math.min(expiresIn, MAX_EXPIRES_IN));
		}
		if (fields.get("scope") instanceof String scope && !scope.isBlank()) {
			builder.scopes(new LinkedHashSet<>(Arrays.asList(scope.strip().split("[\\s,]+"))));
		}
		if (fields.get("refresh_token") instanceof String refreshToken && !refreshToken.isEmpty()) {
			builder.refreshToken(refreshToken);
		}
		return builder.build();
	}

	private static String text(Map<String, Object> fields, String key) {
		return (fields.get(key) instanceof String value && !value.isEmpty()) ? value : null;
	}

	// expires_in as a number, or as a string of one (Facebook's older versions, form answers).
	private static Long seconds(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text) {
			try {
				return Long.parseLong(text.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	/**
	 * The raw fields of a token response read by this class.
	 * @param response the token response
	 * @return every field the provider answered
	 */
	static Map<String, Object> fields(OAuth2AccessTokenResponse response) {
		return response.getAdditionalParameters();
	}

}
