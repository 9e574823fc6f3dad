package io.restsocial.core.user;

import java.io.Serializable;

/**
 * A user of the application, as a login returns it and as the security context holds it.
 * <p>
 * The {@code id} is the application's own (a {@link Long} for the default {@code social_user}
 * table); it is written to JSON as it is, and stored elsewhere (on social accounts and tokens)
 * in its string form, which {@link UserService#findById(String)} turns back into the user.
 * <p>
 * {@code emailVerified} says whether the stored email was proven to be the user's (a provider
 * vouched for it at a login of this user); association by email trusts only such users. It is
 * not written to the user JSON, and a user created by the five-value constructor has it
 * {@code false}, so that a {@link UserService} that does not track it never lets a login be
 * associated by email.
 *
 * @param id the application's user id; serializable when HTTP sessions are used
 * @param username the username
 * @param email the email address, may be empty
 * @param firstName the first name, may be empty
 * @param lastName the last name, may be empty
 * @param emailVerified whether the email is known to be the user's; never {@code true} without
 * an email
 * @param active whether the user may log in and use credentials (Django's {@code is_active}); an
 * inactive user's logins are refused and its tokens no longer authenticate
 */
public record SocialUser(Serializable id, String username, String email, String firstName, String lastName,
		boolean emailVerified, boolean active) implements Serializable {

	// Unchanged by emailVerified and active: a session written before them reads back as
	// unverified and inactive. Nothing trusts a session's copy for either: a login decides on the
	// stored user.
	private static final long serialVersionUID = 1L;

	/**
	 * Create the user; an empty or {@code null} email is never verified.
	 */
	public SocialUser {
		emailVerified = emailVerified && email != null && !email.isEmpty();
	}

	/**
	 * Create an active user.
	 * @param id the application's user id
	 * @param username the username
	 * @param email the email address, may be empty
	 * @param firstName the first name, may be empty
	 * @param lastName the last name, may be empty
	 * @param emailVerified whether the email is known to be the user's
	 */
	public SocialUser(Serializable id, String username, String email, String firstName, String lastName,
			boolean emailVerified) {
		this(id, username, email, firstName, lastName, emailVerified, true);
	}

	/**
	 * Create an active user whose email is not known to be verified.
	 * @param id the application's user id
	 * @param username the username
	 * @param email the email address, may be empty
	 * @param firstName the first name, may be empty
	 * @param lastName the last name, may be empty
	 */
	public SocialUser(Serializable id, String username, String email, String firstName, String lastName) {
		this(id, username, email, firstName, lastName, false);
	}

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
		return new SocialUser(this.id, this.username, this.email, firstName, lastName, this.emailVerified,
				this.active);
	}

	/**
	 * A copy with another email and its verification.
	 * @param email the email address
	 * @param verified whether the email is known to be the user's
	 * @return the new user
	 */
	public SocialUser withEmail(String email, boolean verified) {
		return new SocialUser(this.id, this.username, email, this.firstName, this.lastName, verified, this.active);
	}

}
