package io.restsocial.core.oauth2;

import java.util.List;

import org.springframework.util.Assert;

/**
 * How a provider's access token, a signed JWT that carries the user (EVE Online's), is checked
 * before its claims are read: its signature by the provider's keys, its issuer, an audience
 * that is this application's client id, its expiry, and a {@code sub}, as an ID token's are.
 *
 * @param issuers the accepted {@code iss} values
 * @param jwkSetUri where the provider's signing keys are (a registration's {@code jwk-set-uri}
 * beats it)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9068#section-4">RFC 9068, section 4</a>
 */
public record JwtAccessTokenSettings(List<String> issuers, String jwkSetUri) {

	/**
	 * Check and keep the settings.
	 * @param issuers the accepted {@code iss} values
	 * @param jwkSetUri where the provider's signing keys are
	 */
	public JwtAccessTokenSettings {
		Assert.notEmpty(issuers, "issuers cannot be empty");
		Assert.hasText(jwkSetUri, "jwkSetUri cannot be empty");
		issuers = List.copyOf(issuers);
	}

}
