package io.restsocial.core.pipeline;

import java.util.List;

import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

/**
 * Logs a first-time social account in as the existing user with the same email
 * ({@code associate_by_email}), so that one person signing in with a second provider keeps one
 * user. Not in the default pipeline: add it after {@link SocialUserStep}
 * ({@code rest.social.pipeline.associate-by-email=true} does).
 * <p>
 * Only an email the provider verified is used ({@link SocialDetails#verifiedEmail()}): with an
 * unverified one, anyone could type a victim's address at a provider that does not check it and
 * take over the victim's user. Such a login goes on as a new user instead. The user found is
 * trusted to own its email: an application whose users may hold unverified emails (one created
 * from a provider without verification, or a sign-up form of its own) should not add this step.
 * When more than one user has the email, the login is refused rather than guessed.
 */
public final class AssociateByEmailStep implements PipelineStep {

	private final UserService users;

	/**
	 * Create the step.
	 * @param users the users, searched by email
	 */
	public AssociateByEmailStep(UserService users) {
		this.users = users;
	}

	@Override
	public void execute(AuthContext context) {
		if (context.getUser() != null) {
			return;
		}
		String email = context.getDetails().verifiedEmail();
		if (email.isEmpty()) {
			return;
		}
		List<SocialUser> found = this.users.findByEmail(email);
		if (found.size() > 1) {
			throw new AuthForbiddenException(
					"This email belongs to more than one user: log in as one of them and link the account");
		}
		if (found.size() == 1) {
			context.setUser(found.get(0));
		}
	}

}
