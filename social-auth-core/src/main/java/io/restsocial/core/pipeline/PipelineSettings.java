package io.restsocial.core.pipeline;

import java.util.Set;

/**
 * Settings of the default pipeline steps.
 *
 * @param allowedDomains email domains allowed to log in; empty allows all
 * @param allowedEmails email addresses allowed to log in; empty allows all
 * @param usernameIsFullEmail whether new usernames are the whole email rather than the
 * provider's username
 * @param usernameMaxLength the longest username the user table takes
 * @param uuidLength how many random hex characters make a taken username unique
 */
public record PipelineSettings(Set<String> allowedDomains, Set<String> allowedEmails, boolean usernameIsFullEmail,
		int usernameMaxLength, int uuidLength) {

	/**
	 * Create the settings.
	 * @throws IllegalArgumentException if the lengths do not fit together
	 */
	public PipelineSettings {
		allowedDomains = Set.copyOf(allowedDomains);
		allowedEmails = Set.copyOf(allowedEmails);
		if (uuidLength < 1 || uuidLength > 32 || usernameMaxLength <= uuidLength) {
			throw new IllegalArgumentException("uuidLength must be 1 to 32 and less than usernameMaxLength");
		}
	}

	/**
	 * python-social-auth's defaults: anyone may log in, usernames up to 150 characters made unique
	 * with 16 hex characters.
	 * @return the defaults
	 */
	public static PipelineSettings defaults() {
		return new PipelineSettings(Set.of(), Set.of(), false, 150, 16);
	}

}
