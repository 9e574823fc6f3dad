package io.restsocial.core.oauth2;

import java.util.Map;

/**
 * A provider's own rule on the claims of an ID token that has passed OpenID Connect's checks
 * (signature, issuer, audience, expiry, nonce), such as Azure AD B2C's user flow. It runs on every
 * ID token a login takes: the one a code exchange answers and a native app's {@code id_token}.
 */
@FunctionalInterface
public interface IdTokenClaimsCheck {

	/**
	 * Why the provider does not take an ID token of these claims.
	 * @param claims the validated claims
	 * @param settings the registration's provider-specific settings
	 * @return the reason, for the login's error, or {@code null} when it takes them
	 */
	String refusal(Map<String, Object> claims, Map<String, String> settings);

}
