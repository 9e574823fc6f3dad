package io.restsocial.core.oauth2;

/**
 * How the client authenticates at a provider's token endpoint.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1">RFC 6749, section 2.3.1</a>
 */
public enum ClientAuthenticationMethod {

	/**
	 * {@code client_id} and {@code client_secret} in the form body of a POST (the default).
	 */
	CLIENT_SECRET_POST,

	/**
	 * HTTP Basic with the form-encoded client id and secret; only {@code client_id} in the body.
	 */
	CLIENT_SECRET_BASIC,

	/**
	 * HTTP Basic and the credentials in the body too (Bitbucket, Spotify).
	 */
	CLIENT_SECRET_BASIC_AND_POST,

	/**
	 * A GET with every parameter in the query string (Facebook).
	 */
	CLIENT_SECRET_QUERY

}
