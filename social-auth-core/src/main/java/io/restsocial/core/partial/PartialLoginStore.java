package io.restsocial.core.partial;

import java.util.Optional;

/**
 * Keeps paused logins until they are completed, once, before they expire.
 */
public interface PartialLoginStore {

	/**
	 * Keep a paused login.
	 * @param login the login
	 * @return the partial token the front-end completes it with
	 */
	String save(PartialLogin login);

	/**
	 * Take a paused login out.
	 * @param token the partial token
	 * @return the login, or empty for an unknown, used or expired token
	 */
	Optional<PartialLogin> consume(String token);

}
