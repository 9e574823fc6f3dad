package io.restsocial.core.provider;

/**
 * The user details a provider gives, normalised to python-social-auth's keys.
 *
 * @param username the username the provider suggests (a login, a screen name, an email local part)
 * @param email the email address, empty when the provider gave none
 * @param fullName the full name
 * @param firstName the first name
 * @param lastName the last name
 */
public record SocialDetails(String username, String email, String fullName, String firstName, String lastName) {

	/**
	 * Create the details; {@code null} values become empty strings.
	 */
	public SocialDetails {
		username = (username != null) ? username : "";
		email = (email != null) ? email : "";
		fullName = (fullName != null) ? fullName : "";
		firstName = (firstName != null) ? firstName : "";
		lastName = (lastName != null) ? lastName : "";
	}

	/**
	 * Build details the way python-social-auth's {@code get_user_names} does: when only a full
	 * name is known it is split on its first space, and when only first and last names are known
	 * they are joined into the full name.
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
