package io.restsocial.core.user;

import java.util.List;
import java.util.Optional;

/**
 * The application's users, as the pipeline needs them: the SPI an application implements to
 * keep users in its own table. The default keeps them in {@code social_user}.
 */
public interface UserService {

	/**
	 * Find a user by the string form of its id.
	 * @param id the id, as {@link SocialUser#idAsString()} gives it
	 * @return the user, or empty
	 */
	Optional<SocialUser> findById(String id);

	/**
	 * Find the users whose email is this one, ignoring case, for association by email. The
	 * default finds none, which turns association by email off.
	 * @param email the email address
	 * @return the users, at most a few; empty when none
	 */
	default List<SocialUser> findByEmail(String email) {
		return List.of();
	}

	/**
	 * Whether a user has this username already.
	 * @param username the username
	 * @return whether it is taken
	 */
	boolean usernameExists(String username);

	/**
	 * Create a user.
	 * @param user what is known of the user
	 * @return the created user, with its id
	 */
	SocialUser create(NewUser user);

	/**
	 * Save changed details of a user (its names and email).
	 * @param user the user with its new details
	 * @return the saved user
	 */
	SocialUser update(SocialUser user);

}
