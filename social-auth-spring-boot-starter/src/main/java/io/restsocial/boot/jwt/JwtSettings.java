package io.restsocial.boot.jwt;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Lifetimes and refresh rules of issued JWTs.
 *
 * @param accessTokenLifetime how long an access token lives
 * @param refreshTokenLifetime how long a refresh token lives
 * @param slidingTokenLifetime how long a sliding token lives before it must be refreshed
 * @param slidingTokenRefreshLifetime how long after its first issue a sliding token may be refreshed
 * @param rotateRefreshTokens whether a refresh also answers a new refresh token
 * @param blacklistAfterRotation whether a rotated refresh token is revoked
 * @param issuer the {@code iss} claim of issued tokens, checked on the way back; {@code null} for none
 */
public record JwtSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration slidingTokenLifetime,
		Duration slidingTokenRefreshLifetime, boolean rotateRefreshTokens, boolean blacklistAfterRotation,
		String issuer) {

	/**
	 * Create the settings.
	 * @throws IllegalArgumentException if a lifetime is not positive
	 */
	public JwtSettings {
		positive(accessTokenLifetime, "accessTokenLifetime");
		positive(refreshTokenLifetime, "refreshTokenLifetime");
		positive(slidingTokenLifetime, "slidingTokenLifetime");
		positive(slidingTokenRefreshLifetime, "slidingTokenRefreshLifetime");
	}

	/**
	 * djangorestframework-simplejwt's defaults: access 5 minutes, refresh 1 day, sliding 5 minutes
	 * within a 1-day window, no rotation.
	 * @return the defaults
	 */
	public static JwtSettings defaults() {
		return new JwtSettings(Duration.ofMinutes(5), Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofDays(1),
				false, false, null);
	}

	private static void positive(Duration duration, String name) {
		Assert.isTrue(duration != null && !duration.isNegative() && !duration.isZero(), name + " must be positive");
	}

}
