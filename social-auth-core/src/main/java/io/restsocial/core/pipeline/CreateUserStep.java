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

	private final PipelineSettings settings;

	/**
	 * Create the step, writing every {@link UserField}.
	 * @param users the users
	 */
	public CreateUserStep(UserService users) {
		this(users, PipelineSettings.defaults());
	}

	/**
	 * Create the step.
	 * @param users the users
	 * @param settings which fields the provider's details write ({@link PipelineSettings#userFields()})
	 */
	public CreateUserStep(UserService users, PipelineSettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void execute(AuthContext context) {
		if (context.getUser() != null || context.getUsername() == null) {
			return;
		}
		SocialDetails details = context.getDetails();
		boolean email = this.settings.writes(UserField.EMAIL, true);
		context.setUser(this.users.create(new NewUser(context.getUsername(), email ? details.email() : "",
				this.settings.writes(UserField.FIRST_NAME, true) ? details.firstName() : "",
				this.settings.writes(UserField.LAST_NAME, true) ? details.lastName() : "",
				email && details.emailVerified())));
		context.setNewUser(true);
	}

}
