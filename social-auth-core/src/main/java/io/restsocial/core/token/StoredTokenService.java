package io.restsocial.core.token;

import java.util.Optional;

/**
 * One token per user, created on the first login and handed out again on every later one, in
 * the manner of Django REST framework's authtoken.
 */
public interface StoredTokenService {

	/**
	 * The user's token, created if the user has none yet.
	 * @param userId the string form of the user's id
	 * @return the token
	 */
	String obtain(String userId);

	/**
	 * Whose token this is.
	 * @param token a token as a client presented it
	 * @return the string form of the user's id, or empty for an unknown token
	 */
	Optional<String> findUserId(String token);

	/**
	 * Revoke the user's token; the next login creates a new one.
	 * @param userId the string form of the user's id
	 */
	void revoke(String userId);

}
