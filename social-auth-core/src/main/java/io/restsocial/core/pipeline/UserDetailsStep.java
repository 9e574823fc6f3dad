package io.restsocial.core.pipeline;

import java.util.Objects;

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
 * <p>
 * A field left out of {@link PipelineSettings#userFields()}, or named in
 * {@link PipelineSettings#protectedUserFields()}, is never written here.
 */
public final class UserDetailsStep implements PipelineStep {

	private final UserService users;

	private final PipelineSettings settings;

	/**
	 * Create the step, writing every {@link UserField}.
	 * @param users the users
	 */
	public UserDetailsStep(UserService users) {
		this(users, PipelineSettings.defaults());
	}

	/**
	 * Create the step.
	 * @param users the users
	 * @param settings which fields the provider writes and which it never overwrites
	 */
	public UserDetailsStep(UserService users, PipelineSettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void execute(AuthContext context) {
		SocialUser user = context.getUser();
		if (user == null || context.isNewUser()) {
			return;
		}
		if (user == context.getRequest().currentUser()) {
			// The caller's copy is as old as its session (or token claims): decide on the stored user,
			// and hand it on, so that what follows (whether the user is active) sees it too.
			user = this.users.findById(user.idAsString()).orElse(user);
			context.setUser(user);
		}
		SocialDetails details = context.getDetails();
		String first = (details.firstName().isEmpty() || !this.settings.writes(UserField.FIRST_NAME, false))
				? user.firstName() : details.firstName();
		String last = (details.lastName().isEmpty() || !this.settings.writes(UserField.LAST_NAME, false))
				? user.lastName() : details.lastName();
		String verified = details.verifiedEmail();
		boolean verifies = !user.emailVerified() && !verified.isEmpty()
				&& this.settings.writes(UserField.EMAIL, false);
		// Compared field by field: the record's own equals ran through method handles in the load
		// bench's profile, on every returning login (issue 9).
		if (verifies || !Objects.equals(first, user.firstName()) || !Objects.equals(last, user.lastName())) {
			SocialUser updated = user.withNames(first, last);
			context.setUser(this.users.update(verifies ? updated.withEmail(verified, true) : updated));
		}
	}

}
