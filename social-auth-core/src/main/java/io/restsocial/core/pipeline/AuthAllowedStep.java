package io.restsocial.core.pipeline;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.provider.SocialDetails;

/**
 * Refuses users whose email is neither allowed itself nor in an allowed domain
 * ({@code auth_allowed}); allows everyone when both lists are empty.
 * <p>
 * Only an email the provider verified counts ({@link SocialDetails#verifiedEmail()}): anyone can
 * type {@code ceo@example.com} into a provider that does not check it, so an unverified email in
 * an allowed domain is refused like no email at all.
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
		SocialDetails details = context.getDetails();
		String email = details.verifiedEmail().toLowerCase(Locale.ROOT);
		int at = email.lastIndexOf('@');
		String domain = (at >= 0) ? email.substring(at + 1) : "";
		boolean allowed = (!email.isEmpty() && this.emails.contains(email))
				|| (!domain.isEmpty() && this.domains.contains(domain));
		if (!allowed) {
			throw new AuthForbiddenException((!details.email().isEmpty() && !details.emailVerified())
					? "This account's email is not verified by the provider, so it cannot be allowed to log in"
					: "This account's email is not allowed to log in");
		}
	}

	private static Set<String> lower(Set<String> values) {
		return values.stream().map((value) -> value.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}

}
