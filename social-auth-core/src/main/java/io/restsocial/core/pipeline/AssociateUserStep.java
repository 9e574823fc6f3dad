package io.restsocial.core.pipeline;

import io.restsocial.core.user.SocialAccountRepository;

/**
 * Links the social account to the user when it is not linked yet ({@code associate_user}).
 */
public final class AssociateUserStep implements PipelineStep {

	private final SocialAccountRepository accounts;

	/**
	 * Create the step.
	 * @param accounts the social accounts
	 */
	public AssociateUserStep(SocialAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void execute(AuthContext context) {
		if (context.getUser() == null || context.getAccount() != null) {
			return;
		}
		context.setAccount(this.accounts.create(context.getProvider().name(), context.getUid(),
				context.getUser().idAsString()));
		context.setNewAssociation(true);
	}

}
