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
 */
public record IdTokenSettings(String issuer, String jwkSetUri, boolean discovery, boolean required) {

}
