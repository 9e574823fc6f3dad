package io.restsocial.core.pipeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of the default pipeline steps.
 *
 * @param allowedDomains email domains allowed to log in; empty allows all
 * @param allowedEmails email addresses allowed to log in; empty allows all
 * @param usernameIsFullEmail whether new usernames are the whole email, when the provider
 * verified it, rather than the provider's username
 * @param usernameMaxLength the longest username the user table takes
 * @param uuidLength how many random hex characters make a taken username unique
 * @param slugifyUsernames whether new usernames are made ASCII slugs, as python-social-auth's
 * {@code SLUGIFY_USERNAMES} does (see {@link GetUsernameStep#slugify(String)})
 * @param userFields the user's fields that the provider's details may write, at sign-up and
 * after (python-social-auth's {@code USER_FIELDS}); a field left out stays empty
 * @param protectedUserFields the fields written at sign-up only, never by a later login
 * (python-social-auth's {@code PROTECTED_USER_FIELDS})
 */
public record PipelineSettings(Set<String> allowedDomains, Set<String> allowedEmails, boolean usernameIsFullEmail,
		int usernameMaxLength, int uuidLength, boolean slugifyUsernames, Set<UserField> userFields,
		Set<UserField> protectedUserFields) {

	/**
	 * Create the settings.
	 * @throws IllegalArgumentException if the lengths do not fit together
	 */
	public PipelineSettings {
		allowedDomains = Set.copyOf(allowedDomains);
		allowedEmails = Set.copyOf(allowedEmails);
		userFields = Set.copyOf(userFields);
		protectedUserFields = Set.copyOf(protectedUserFields);
		if (uuidLength < 1 || uuidLength > 32 || usernameMaxLength <= uuidLength) {
			throw new IllegalArgumentException("uuidLength must be 1 to 32 and less than usernameMaxLength");
		}
	}

	/**
	 * Create the settings with every user field written and none protected, and usernames not
	 * slugified.
	 * @param allowedDomains email domains allowed to log in; empty allows all
	 * @param allowedEmails email addresses allowed to log in; empty allows all
	 * @param usernameIsFullEmail whether new usernames are the whole email
	 * @param usernameMaxLength the longest username the user table takes
	 * @param uuidLength how many random hex characters make a taken username unique
	 */
	public PipelineSettings(Set<String> allowedDomains, Set<String> allowedEmails, boolean usernameIsFullEmail,
			int usernameMaxLength, int uuidLength) {
		this(allowedDomains, allowedEmails, usernameIsFullEmail, usernameMaxLength, uuidLength, false,
				EnumSet.allOf(UserField.class), Set.of());
	}

	/**
	 * python-social-auth's defaults: anyone may log in, usernames up to 150 characters made unique
	 * with 16 hex characters, cleaned but not slugified; the provider writes the email and the
	 * names.
	 * @return the defaults
	 */
	public static PipelineSettings defaults() {
		return new PipelineSettings(Set.of(), Set.of(), false, 150, 16);
	}

	/**
	 * Whether the provider may write a field on this login.
	 * @param field the field
	 * @param signUp whether the login creates the user
	 * @return whether the field is written
	 */
	public boolean writes(UserField field, boolean signUp) {
		return this.userFields.contains(field) && (signUp || !this.protectedUserFields.contains(field));
	}

}
