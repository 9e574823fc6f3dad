package io.restsocial.core.user;

/**
 * What the pipeline knows of a user it is about to create.
 *
 * @param username a username that no other user has
 * @param email the email address, may be empty
 * @param firstName the first name, may be empty
 * @param lastName the last name, may be empty
 * @param emailVerified whether the provider vouched for the email; never {@code true} without an
 * email
 */
public record NewUser(String username, String email, String firstName, String lastName, boolean emailVerified) {

	/**
	 * Create what is known of the user; an empty or {@code null} email is never verified.
	 */
	public NewUser {
		emailVerified = emailVerified && email != null && !email.isEmpty();
	}

	/**
	 * Create what is known of a user whose email is not verified.
	 * @param username a username that no other user has
	 * @param email the email address, may be empty
	 * @param firstName the first name, may be empty
	 * @param lastName the last name, may be empty
	 */
	public NewUser(String username, String email, String firstName, String lastName) {
		this(username, email, firstName, lastName, false);
	}

}
