package io.restsocial.core.oidc;

/**
 * How a provider's ID tokens are checked.
 *
 * @param issuer the expected {@code iss}, also the base of discovery; {@code null} when it must
 * come from the registration's issuer-uri
 * @param jwkSetUri where the provider's signing keys are; {@code null} to take {@code jwks_uri}
 * from discovery
 * @param discovery whether endpoints missing from the definition come from the issuer's
 * {@code /.well-known/openid-configuration}
 * @param required whether a code exchange must answer an ID token (an OpenID Connect provider)
 * rather than may (Google, whose scope decides)
 * @param nonce whether states issue a {@code nonce}, sent in the authorization request and
 * checked against the ID token's
 * @param nonceEchoed whether the ID token must carry the nonce the state issued; when not (LinkedIn
 * leaves it out of some tokens) a token without one is taken, and one with another nonce still
 * refused
 */
public record IdTokenSettings(String issuer, String jwkSetUri, boolean discovery, boolean required, boolean nonce,
		boolean nonceEchoed) {

	/**
	 * Settings of a provider that echoes the nonce, or takes none.
	 * @param issuer the expected {@code iss}, or {@code null}
	 * @param jwkSetUri the JWK set URI, or {@code null}
	 * @param discovery whether endpoints come from discovery
	 * @param required whether the code exchange must answer an ID token
	 * @param nonce whether states issue a nonce, which the ID token must then carry
	 */
	public IdTokenSettings(String issuer, String jwkSetUri, boolean discovery, boolean required, boolean nonce) {
		this(issuer, jwkSetUri, discovery, required, nonce, nonce);
	}

	/**
	 * Settings of a provider that echoes the nonce.
	 * @param issuer the expected {@code iss}, or {@code null}
	 * @param jwkSetUri the JWK set URI, or {@code null}
	 * @param discovery whether endpoints come from discovery
	 * @param required whether the code exchange must answer an ID token
	 */
	public IdTokenSettings(String issuer, String jwkSetUri, boolean discovery, boolean required) {
		this(issuer, jwkSetUri, discovery, required, true);
	}

}
