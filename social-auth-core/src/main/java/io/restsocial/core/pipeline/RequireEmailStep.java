package io.restsocial.core.pipeline;

import java.util.List;
import java.util.regex.Pattern;

import io.restsocial.core.provider.SocialDetails;

/**
 * Pauses a new user's login when the provider gave no email, until the user supplies one
 * (python-social-auth's documented {@code require_email} partial step). Not in the default
 * pipeline: add it after {@link SocialDetailsStep}.
 */
public final class RequireEmailStep implements PipelineStep {

	// A pragmatic check: one @, something on each side, no spaces; the app verifies ownership.
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	@Override
	public void execute(AuthContext context) {
		SocialDetails details = context.getDetails();
		if (!details.email().isEmpty() || context.getUser() != null) {
			return;
		}
		String email = context.getSubmitted().get("email");
		if (email == null || email.isBlank()) {
			throw new PausePipelineException("The provider gave no email: ask the user for one", List.of("email"));
		}
		if (!EMAIL.matcher(email.strip()).matches()) {
			// Asked again rather than failed, so that a typo does not cost the whole login.
			throw new PausePipelineException("'email' is not an email address: ask the user again", List.of("email"));
		}
		context.setDetails(new SocialDetails(details.username(), email.strip(), details.fullName(),
				details.firstName(), details.lastName()));
	}

}
