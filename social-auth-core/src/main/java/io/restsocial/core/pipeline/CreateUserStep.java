package io.restsocial.core.pipeline;

import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.user.NewUser;
import io.restsocial.core.user.UserService;

/**
 * Creates the user when no user is known yet ({@code create_user}), with the provider's email
 * and whether the provider verified it, so that association by email can tell the two apart.
 */
public final class CreateUserStep implements PipelineStep {

	private final UserService users;

	/**
	 * Create the step.
	 * @param users the users
	 */
	public CreateUserStep(UserService users) {
		this.users = users;
	}

	@Override
	public void execute(AuthContext context) {
		if (context.getUser() != null || context.getUsername() == null) {
			return;
		}
		SocialDetails details = context.getDetails();
		context.setUser(this.users.create(new NewUser(context.getUsername(), details.email(), details.firstName(),
				details.lastName(), details.emailVerified())));
		context.setNewUser(true);
	}

}
