package io.restsocial.core.pipeline;

import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

/**
 * Brings a returning user's names up to date with the provider's ({@code user_details}).
 * As in python-social-auth, the username and email are protected and never overwritten, and
 * an empty value from the provider does not erase a known one.
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
		SocialDetails details = context.getDetails();
		String first = details.firstName().isEmpty() ? user.firstName() : details.firstName();
		String last = details.lastName().isEmpty() ? user.lastName() : details.lastName();
		if (!first.equals(user.firstName()) || !last.equals(user.lastName())) {
			context.setUser(this.users.update(user.withNames(first, last)));
		}
	}

}
