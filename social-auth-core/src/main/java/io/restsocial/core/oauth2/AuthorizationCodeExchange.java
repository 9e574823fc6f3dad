package io.restsocial.core.oauth2;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Exchanges an authorization code for the provider's token response through a Spring
 * {@link OAuth2AccessTokenResponseClient}, built once per provider: Spring's
 * {@link RestClientAuthorizationCodeTokenResponseClient} with the definition's converters, or the
 * definition's own client; either sends through the provider client's {@link RestClient}, and
 * reads answers with {@link TokenResponses}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3">RFC 6749, section 4.1.3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.5">RFC 7636, section 4.5</a>
 */
final class AuthorizationCodeExchange {

	private final String provider;

	private final boolean accessTokenOptional;

	private final SingletonSupplier<OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest>> client;

	AuthorizationCodeExchange(OAuth2ProviderDefinition definition, ProviderHttpClient http) {
		this.provider = definition.getName();
		this.accessTokenOptional = definition.isAccessTokenOptional();
		// Made at the first exchange: Spring's client builds a RestClient of its own when made, which
		// with Apache HttpClient on the classpath is a whole HttpClient and TLS context, at once
		// replaced by ours; a cost of every configured provider at start-up (issue 9).
		this.client = SingletonSupplier.of(() -> client(definition, http));
	}

	// Makes Spring's client now rather than at the first exchange.
	void prepare() {
		this.client.obtain();
	}

	private static OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> client(
			OAuth2ProviderDefinition definition, ProviderHttpClient http) {
		RestClient restClient = TokenResponses.restClient(definition.getName(), definition.getErrors(), http,
				definition.isAccessTokenOptional());
		if (definition.getTokenResponseClient() != null) {
			return definition.getTokenResponseClient().apply(restClient);
		}
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(restClient);
		client.addParametersConverter(TokenRequests::clientIdWithBasic);
		definition.getTokenRequestCustomizer().accept(client);
		return client;
	}

	/**
	 * Exchange a code.
	 * @param registration the client registration, with the secret of this request
	 * @param code the authorization code
	 * @param redirectUri the redirect URI the code was issued for, or {@code null}
	 * @param codeVerifier the PKCE code verifier, or {@code null}
	 * @return every field of the token response
	 * @throws io.restsocial.core.error.ProviderException when the provider refused the code
	 * @throws ProviderUnavailableException when it failed or could not be reached
	 */
	Map<String, Object> exchange(ClientRegistration registration, String code, String redirectUri,
			String codeVerifier) {
		String authorizationUri = registration.getProviderDetails().getAuthorizationUri();
		// The request only carries the exchange's parameters. Its URI is never sent, so it is set
		// rather than built from every parameter on each login (seen in the load bench's profile).
		OAuth2AuthorizationRequest.Builder request = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(authorizationUri)
			.authorizationRequestUri(authorizationUri)
			.clientId(registration.getClientId())
			.redirectUri(redirectUri);
		if (codeVerifier != null) {
			request.attributes((attributes) -> attributes.put(PkceParameterNames.CODE_VERIFIER, codeVerifier));
		}
		// Spring's response wants a redirect URI; only the request's is sent.
		OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success(code)
			.redirectUri((redirectUri != null) ? redirectUri : registration.getRedirectUri())
			.build();
		OAuth2AuthorizationCodeGrantRequest grant = new OAuth2AuthorizationCodeGrantRequest(registration,
				new OAuth2AuthorizationExchange(request.build(), response));
		try {
			OAuth2AccessTokenResponse tokenResponse = this.client.obtain().getTokenResponse(grant);
			Map<String, Object> fields = new LinkedHashMap<>(TokenResponses.fields(tokenResponse));
			if (!this.accessTokenOptional) {
				// A definition's own client may not keep the raw fields; an optional access token's
				// missing one is not made up from the ID token that stood in for it.
				fields.putIfAbsent("access_token", tokenResponse.getAccessToken().getTokenValue());
			}
			return fields;
		}
		catch (OAuth2AuthorizationException ex) {
			URI tokenUri = URI.create(registration.getProviderDetails().getTokenUri());
			if (ex.getCause() instanceof ResourceAccessException transport) {
				throw ProviderHttpClient.transportFailure(this.provider, tokenUri, transport);
			}
			throw new ProviderUnavailableException(this.provider,
					"Provider '" + this.provider + "' answered the access token request with an unreadable body",
					null);
		}
		catch (ResourceAccessException ex) {
			throw ProviderHttpClient.transportFailure(this.provider,
					URI.create(registration.getProviderDetails().getTokenUri()), ex);
		}
	}

}
