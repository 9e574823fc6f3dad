package io.restsocial.core.pipeline;

import java.util.List;

import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

/**
 * Logs a first-time social account in as the existing user with the same email
 * ({@code associate_by_email}), so that one person signing in with a second provider keeps one
 * user. Not in the default pipeline: add it after {@link SocialUserStep} (the Spring Boot
 * starter does when its associate-by-email setting is on).
 * <p>
 * Both sides must be verified. The login's email is used only when the provider verified it
 * ({@link SocialDetails#verifiedEmail()}): with an unverified one, anyone could type a victim's
 * address at a provider that does not check it and take over the victim's user. The user found
 * must hold the same email, verified too ({@link UserService#findByVerifiedEmail(String)},
 * {@link SocialUser#emailVerified()}): otherwise an attacker who first signs up with the victim's
 * address through such a provider would receive the victim's later, verified login. Either way
 * the login goes on as a new user instead. When more than one verified user has the email, the
 * login is refused rather than guessed.
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
		// Checked again here: an application's UserService may not filter as it should.
		List<SocialUser> found = this.users.findByVerifiedEmail(email)
			.stream()
			.filter((user) -> user.emailVerified() && email.equalsIgnoreCase(user.email()))
			.toList();
		if (found.size() > 1) {
			throw new AuthForbiddenException(
					"This email belongs to more than one user: log in as one of them and link the account");
		}
		if (found.size() == 1) {
			context.setUser(found.get(0));
		}
	}

}
