package io.restsocial.core.pipeline;

import io.restsocial.core.user.SocialAccountRepository;

/**
 * Links the social account to the user when it is not linked yet ({@code associate_user}). In a
 * {@link Pipeline} where a {@link LoadExtraDataStep} follows it, the new account is created
 * holding the provider's extra data, which that step then finds unchanged: python-social-auth's
 * two writes in one. Elsewhere the account starts with none, as python-social-auth's does.
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
		String provider = context.getProvider().name();
		String userId = context.getUser().idAsString();
		context.setAccount(context.extraDataFollowsAssociation
				? this.accounts.create(provider, context.getUid(), userId,
						context.getProvider().extraData(context.getResponse()))
				: this.accounts.create(provider, context.getUid(), userId));
		context.setNewAssociation(true);
	}

}
