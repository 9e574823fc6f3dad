package io.restsocial.core.oauth2;

import java.util.function.Consumer;

import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Departures from RFC 6749's token request that several providers share, as customizers of
 * Spring's token response client for a definition's
 * {@link OAuth2ProviderDefinition.Builder#tokenRequest(Consumer)}.
 */
public final class TokenRequests {

	private TokenRequests() {
	}

	/**
	 * The client id and secret in the form body as well as in the Basic header of a
	 * {@code client_secret_basic} client (Bitbucket and Spotify take both).
	 * @return the customizer
	 */
	public static Consumer<RestClientAuthorizationCodeTokenResponseClient> clientCredentialsInBody() {
		return (client) -> client.addParametersConverter((grantRequest) -> {
			ClientRegistration registration = grantRequest.getClientRegistration();
			MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
			if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(registration.getClientAuthenticationMethod())) {
				parameters.set(OAuth2ParameterNames.CLIENT_SECRET, registration.getClientSecret());
			}
			return parameters;
		});
	}

	/**
	 * No {@code redirect_uri} in the token request, for a provider that refuses one there.
	 * @return the customizer
	 */
	public static Consumer<RestClientAuthorizationCodeTokenResponseClient> withoutRedirectUri() {
		return (client) -> client.setParametersCustomizer(
				(parameters) -> parameters.remove(OAuth2ParameterNames.REDIRECT_URI));
	}

	/**
	 * The {@code client_id} in the form body of a {@code client_secret_basic} request too, as
	 * python-social-auth sends it (Spring sends it only in the header).
	 * @param grantRequest the grant request
	 * @return the parameter, or none
	 */
	static MultiValueMap<String, String> clientIdWithBasic(OAuth2AuthorizationCodeGrantRequest grantRequest) {
		ClientRegistration registration = grantRequest.getClientRegistration();
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(registration.getClientAuthenticationMethod())) {
			parameters.set(OAuth2ParameterNames.CLIENT_ID, registration.getClientId());
		}
		return parameters;
	}

}
