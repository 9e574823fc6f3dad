package io.restsocial.core.token;

import java.util.Optional;

/**
 * Opaque tokens in the manner of django-rest-knox: many per user, each random, handed out once,
 * stored only as a digest, with an expiry.
 */
public interface OpaqueTokenService {

	/**
	 * Issue a new token for a user.
	 * @param userId the string form of the user's id
	 * @return the token and its expiry
	 * @throws io.restsocial.core.error.AuthForbiddenException when the user holds as many live
	 * tokens as allowed
	 */
	IssuedOpaqueToken create(String userId);

	/**
	 * Whose live token this is; with auto-refresh on, a successful use extends the expiry.
	 * @param token a token as a client presented it
	 * @return the string form of the user's id, or empty for an unknown or expired token
	 */
	Optional<String> verify(String token);

	/**
	 * Revoke one token.
	 * @param token the token
	 * @return the string form of its user's id, or empty when it was unknown or expired
	 */
	Optional<String> revoke(String token);

	/**
	 * Revoke all of a user's tokens.
	 * @param userId the string form of the user's id
	 * @return how many were revoked
	 */
	int revokeAll(String userId);

}
