package io.restsocial.core.token;

import java.time.Instant;

/**
 * Revoked JWTs, by their {@code jti}, kept until they would have expired anyway.
 */
public interface JwtBlacklist {

	/**
	 * Revoke a token, atomically: of concurrent calls for one {@code jti}, exactly one answers
	 * {@code true}, so that a caller can use a token up (a refresh token under rotation) by
	 * revoking it.
	 * @param jti the token's id
	 * @param expiresAt when the token expires; the entry may be purged after that
	 * @return {@code true} when this call revoked it, {@code false} when it was revoked already
	 */
	boolean add(String jti, Instant expiresAt);

	/**
	 * Whether a token is revoked.
	 * @param jti the token's id
	 * @return whether it is on the blacklist
	 */
	boolean contains(String jti);

	/**
	 * Remove the entries of tokens that have expired.
	 * @param now the current time
	 * @return how many entries were removed
	 */
	int purgeExpired(Instant now);

}
