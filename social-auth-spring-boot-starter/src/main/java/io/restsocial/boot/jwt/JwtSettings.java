package io.restsocial.boot.jwt;

import java.time.Duration;
import java.util.Set;

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
 * @param authoritiesClaim the claim that carries the user's authorities, as a string array, in
 * issued tokens; {@code null} for none
 */
public record JwtSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration slidingTokenLifetime,
		Duration slidingTokenRefreshLifetime, boolean rotateRefreshTokens, boolean blacklistAfterRotation,
		String issuer, String authoritiesClaim) {

	// The claims the tokens already carry, which the authorities must not overwrite.
	private static final Set<String> TAKEN = Set.of("token_type", "user_id", "refresh_exp", "iss", "sub", "aud", "exp",
			"nbf", "iat", "jti", "username", "email", "first_name", "last_name");

	/**
	 * Create the settings.
	 * @throws IllegalArgumentException if a lifetime is not positive, or the authorities claim is
	 * blank or one the tokens carry already
	 */
	public JwtSettings {
		positive(accessTokenLifetime, "accessTokenLifetime");
		positive(refreshTokenLifetime, "refreshTokenLifetime");
		positive(slidingTokenLifetime, "slidingTokenLifetime");
		positive(slidingTokenRefreshLifetime, "slidingTokenRefreshLifetime");
		Assert.isTrue(authoritiesClaim == null || isFreeClaim(authoritiesClaim),
				() -> "authoritiesClaim must not be blank nor one of " + TAKEN);
	}

	/**
	 * Create the settings, with no authorities claim.
	 * @param accessTokenLifetime how long an access token lives
	 * @param refreshTokenLifetime how long a refresh token lives
	 * @param slidingTokenLifetime how long a sliding token lives before it must be refreshed
	 * @param slidingTokenRefreshLifetime how long after its first issue a sliding token may be
	 * refreshed
	 * @param rotateRefreshTokens whether a refresh also answers a new refresh token
	 * @param blacklistAfterRotation whether a rotated refresh token is revoked
	 * @param issuer the {@code iss} claim of issued tokens; {@code null} for none
	 */
	public JwtSettings(Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration slidingTokenLifetime,
			Duration slidingTokenRefreshLifetime, boolean rotateRefreshTokens, boolean blacklistAfterRotation,
			String issuer) {
		this(accessTokenLifetime, refreshTokenLifetime, slidingTokenLifetime, slidingTokenRefreshLifetime,
				rotateRefreshTokens, blacklistAfterRotation, issuer, null);
	}

	/**
	 * These settings with issued tokens carrying the user's authorities in a claim.
	 * @param claim the claim, such as {@code roles}; {@code null} for none
	 * @return the settings
	 */
	public JwtSettings withAuthoritiesClaim(String claim) {
		return new JwtSettings(this.accessTokenLifetime, this.refreshTokenLifetime, this.slidingTokenLifetime,
				this.slidingTokenRefreshLifetime, this.rotateRefreshTokens, this.blacklistAfterRotation, this.issuer,
				claim);
	}

	/**
	 * djangorestframework-simplejwt's defaults: access 5 minutes, refresh 1 day, sliding 5 minutes
	 * within a 1-day window, no rotation.
	 * @return the defaults
	 */
	public static JwtSettings defaults() {
		return new JwtSettings(Duration.ofMinutes(5), Duration.ofDays(1), Duration.ofMinutes(5), Duration.ofDays(1),
				false, false, null, null);
	}

	/**
	 * Whether a claim may carry the authorities: not blank, and not one the tokens carry already
	 * ({@code user_id}, {@code sub}, {@code exp}, the user's fields, ...).
	 * @param claim the claim
	 * @return whether it is free
	 */
	public static boolean isFreeClaim(String claim) {
		return claim != null && !claim.isBlank() && !TAKEN.contains(claim);
	}

	private static void positive(Duration duration, String name) {
		Assert.isTrue(duration != null && !duration.isNegative() && !duration.isZero(), name + " must be positive");
	}

}
