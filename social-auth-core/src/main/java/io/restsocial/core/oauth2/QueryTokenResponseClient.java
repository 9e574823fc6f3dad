package io.restsocial.core.oauth2;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.client.endpoint.DefaultOAuth2TokenRequestParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A token response client for providers whose token request is a GET with every parameter in
 * the query (Facebook, WeChat), as python-social-auth sends it, rather than RFC 6749's form POST.
 * Its answers are read and its errors thrown as those of Spring's POST client.
 * <p>
 * The client secret travels in the query, as these providers require: their token endpoints
 * are HTTPS, and the URL is never logged or put in an error message.
 */
public final class QueryTokenResponseClient
		implements OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> {

	private final RestClient restClient;

	private final Converter<OAuth2AuthorizationCodeGrantRequest, MultiValueMap<String, String>> parameters;

	/**
	 * A client that sends Spring's parameters of a {@code client_secret_post} request:
	 * {@code grant_type}, {@code code}, {@code redirect_uri}, {@code code_verifier},
	 * {@code client_id} and {@code client_secret}.
	 * @param restClient the client that reads the provider's answers
	 */
	public QueryTokenResponseClient(RestClient restClient) {
		this(restClient, new DefaultOAuth2TokenRequestParametersConverter<>()::convert);
	}

	/**
	 * A client that sends the parameters of the given converter.
	 * @param restClient the client that reads the provider's answers
	 * @param parameters the query parameters of a grant request
	 */
	public QueryTokenResponseClient(RestClient restClient,
			Converter<OAuth2AuthorizationCodeGrantRequest, MultiValueMap<String, String>> parameters) {
		Assert.notNull(restClient, "restClient cannot be null");
		Assert.notNull(parameters, "parameters cannot be null");
		this.restClient = restClient;
		this.parameters = parameters;
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(OAuth2AuthorizationCodeGrantRequest grantRequest) {
		Assert.notNull(grantRequest, "grantRequest cannot be null");
		UriComponentsBuilder uri = UriComponentsBuilder
			.fromUriString(grantRequest.getClientRegistration().getProviderDetails().getTokenUri());
		MultiValueMap<String, String> query = this.parameters.convert(grantRequest);
		if (query != null) {
			query.forEach((name, values) -> values.forEach((value) -> uri.queryParam(name, value)));
		}
		try {
			OAuth2AccessTokenResponse response = this.restClient.get()
				.uri(uri.build().encode().toUri())
				.retrieve()
				.body(OAuth2AccessTokenResponse.class);
			if (response == null) {
				throw new OAuth2AuthorizationException(
						new OAuth2Error("invalid_token_response", "Empty OAuth 2.0 Access Token Response", null));
			}
			return response;
		}
		catch (RestClientException ex) {
			// As Spring's clients do, so that the caller maps both alike.
			throw new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response",
					"An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response", null), ex);
		}
	}

}
