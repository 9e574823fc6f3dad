package io.restsocial.core.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.restsocial.core.error.AuthForbiddenException;

/**
 * Refuses users whose email is neither allowed itself nor in an allowed domain
 * ({@code auth_allowed}); allows everyone when both lists are empty.
 */
public final class AuthAllowedStep implements PipelineStep {

	private final Set<String> domains;

	private final Set<String> emails;

	/**
	 * Create the step.
	 * @param domains allowed email domains
	 * @param emails allowed email addresses
	 */
	public AuthAllowedStep(Set<String> domains, Set<String> emails) {
		this.domains = lower(domains);
		this.emails = lower(emails);
	}

	@Override
	public void execute(AuthContext context) {
		if (this.domains.isEmpty() && this.emails.isEmpty()) {
			return;
		}
		String email = context.getDetails().email().toLowerCase(Locale.ROOT);
		int at = email.lastIndexOf('@');
		String domain = (at >= 0) ? email.substring(at + 1) : "";
		boolean allowed = (!email.isEmpty() && this.emails.contains(email))
				|| (!domain.isEmpty() && this.domains.contains(domain));
		if (!allowed) {
			throw new AuthForbiddenException("This account's email is not allowed to log in");
		}
	}

	private static Set<String> lower(Set<String> values) {
		return values.stream().map((value) -> value.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

}
