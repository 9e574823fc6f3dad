package io.restsocial.core.provider;

/**
 * The user details a provider gives, normalised to python-social-auth's keys, and whether the
 * provider vouches for the email.
 * <p>
 * {@code emailVerified} is set by each provider's own mapping, from the provider's own notion
 * (OpenID Connect's {@code email_verified}, GitHub's {@code verified} address, ...); a provider
 * without one leaves it {@code false}. An unverified email is still the user's email, shown and
 * stored, but it never allows a domain nor links to an existing user.
 *
 * @param username the username the provider suggests (a login, a screen name, an email local part)
 * @param email the email address, empty when the provider gave none
 * @param fullName the full name
 * @param firstName the first name
 * @param lastName the last name
 * @param emailVerified whether the provider says the user owns the email; never {@code true}
 * without an email
 */
public record SocialDetails(String username, String email, String fullName, String firstName, String lastName,
		boolean emailVerified) {

	/**
	 * Create the details; {@code null} values become empty strings.
	 */
	public SocialDetails {
		username = (username != null) ? username : "";
		email = (email != null) ? email : "";
		fullName = (fullName != null) ? fullName : "";
		firstName = (firstName != null) ? firstName : "";
		lastName = (lastName != null) ? lastName : "";
		emailVerified = emailVerified && !email.isEmpty();
	}

	/**
	 * Create details whose email is not verified.
	 * @param username the username
	 * @param email the email address
	 * @param fullName the full name
	 * @param firstName the first name
	 * @param lastName the last name
	 */
	public SocialDetails(String username, String email, String fullName, String firstName, String lastName) {
		this(username, email, fullName, firstName, lastName, false);
	}

	/**
	 * These details with the email's verification set as the provider says.
	 * @param verified whether the provider says the user owns the email
	 * @return the details
	 */
	public SocialDetails withEmailVerified(boolean verified) {
		return new SocialDetails(this.username, this.email, this.fullName, this.firstName, this.lastName, verified);
	}

	/**
	 * The email, when the provider vouches for it: what allow-lists and association by email use.
	 * @return the verified email, or an empty string
	 */
	public String verifiedEmail() {
		return this.emailVerified ? this.email : "";
	}

	/**
	 * Build details the way python-social-auth's {@code get_user_names} does: when only a full
	 * name is known it is split on its first space, and when only first and last names are known
	 * they are joined into the full name. The email is not verified
	 * ({@link #withEmailVerified(boolean)} says otherwise).
	 * @param username the username
	 * @param email the email address
	 * @param fullName the full name, or {@code null}
	 * @param firstName the first name, or {@code null}
	 * @param lastName the last name, or {@code null}
	 * @return the details
	 */
	public static SocialDetails of(String username, String email, String fullName, String firstName,
			String lastName) {
		String full = (fullName != null) ? fullName : "";
		String first = (firstName != null) ? firstName : "";
		String last = (lastName != null) ? lastName : "";
		if (!full.isEmpty() && first.isEmpty() && last.isEmpty()) {
			int space = full.indexOf(' ');
			if (space >= 0) {
				first = full.substring(0, space);
				last = full.substring(space + 1);
			}
			else {
				first = full;
			}
		}
		if (full.isEmpty()) {
			full = first + " " + last;
		}
		return new SocialDetails(username, email, full.strip(), first.strip(), last.strip());
	}

}
