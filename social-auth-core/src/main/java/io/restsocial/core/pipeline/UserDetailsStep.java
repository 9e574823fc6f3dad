package io.restsocial.core.pipeline;

import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

/**
 * Brings a returning user's names up to date with the provider's ({@code user_details}).
 * As in python-social-auth, the username is protected and never overwritten, and an empty value
 * from the provider does not erase a known one.
 * <p>
 * The email is protected once verified. Until then, an email the provider verified
 * ({@link SocialDetails#verifiedEmail()}) replaces the stored one and marks it verified: this
 * login proved the user owns it. An unverified email from the provider changes nothing, so it
 * never makes a stored email verified.
 */
public final class UserDetailsStep implements PipelineStep {

	private final UserService users;

	/**
	 * Create the step.
	 * @param users the users
	 */
	public UserDetailsStep(UserService users) {
		this.users = users;
	}

	@Override
	public void execute(AuthContext context) {
		SocialUser user = context.getUser();
		if (user == null || context.isNewUser()) {
			return;
		}
		if (user == context.getRequest().currentUser()) {
			// The caller's copy is as old as its session (or token claims): decide on the stored user.
			user = this.users.findById(user.idAsString()).orElse(user);
		}
		SocialDetails details = context.getDetails();
		String first = details.firstName().isEmpty() ? user.firstName() : details.firstName();
		String last = details.lastName().isEmpty() ? user.lastName() : details.lastName();
		SocialUser updated = user.withNames(first, last);
		String verified = details.verifiedEmail();
		if (!user.emailVerified() && !verified.isEmpty()) {
			updated = updated.withEmail(verified, true);
		}
		if (!updated.equals(user)) {
			context.setUser(this.users.update(updated));
		}
	}

}
