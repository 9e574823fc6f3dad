package io.restsocial.core.user;

import java.io.Serializable;

/**
 * A user of the application, as a login returns it and as the security context holds it.
 * <p>
 * The {@code id} is the application's own (a {@link Long} for the default {@code social_user}
 * table); it is written to JSON as it is, and stored elsewhere (on social accounts and tokens)
 * in its string form, which {@link UserService#findById(String)} turns back into the user.
 *
 * @param id the application's user id; serializable when HTTP sessions are used
 * @param username the username
 * @param email the email address, may be empty
 * @param firstName the first name, may be empty
 * @param lastName the last name, may be empty
 */
public record SocialUser(Serializable id, String username, String email, String firstName, String lastName)
		implements Serializable {

	private static final long serialVersionUID = 1L;

	/**
	 * The id in the string form other tables store.
	 * @return the id as a string
	 */
	public String idAsString() {
		return String.valueOf(this.id);
	}

	/**
	 * A copy with other names.
	 * @param firstName the first name
	 * @param lastName the last name
	 * @return the new user
	 */
	public SocialUser withNames(String firstName, String lastName) {
		return new SocialUser(this.id, this.username, this.email, firstName, lastName);
	}

}
