package io.restsocial.core.pipeline;

import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;

/**
 * Links the social account to the user when it is not linked yet ({@code associate_user}). In a
 * {@link Pipeline} where a {@link LoadExtraDataStep} follows it, the new account is created
 * holding the provider's extra data, which that step then leaves as it is: python-social-auth's
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
		if (context.extraDataFollowsAssociation) {
			SocialAccount account = this.accounts.create(provider, context.getUid(), userId,
					context.getProvider().extraData(context.getResponse()));
			context.setAccount(account);
			context.createdWithExtraData = account;
		}
		else {
			context.setAccount(this.accounts.create(provider, context.getUid(), userId));
		}
		context.setNewAssociation(true);
	}

}
