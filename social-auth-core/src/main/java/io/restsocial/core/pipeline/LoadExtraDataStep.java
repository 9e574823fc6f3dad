package io.restsocial.core.pipeline;

import io.restsocial.core.user.SocialAccountRepository;

/**
 * Keeps on the social account what the provider's login left to keep, such as its access token
 * ({@code load_extra_data}).
 */
public final class LoadExtraDataStep implements PipelineStep {

	private final SocialAccountRepository accounts;

	/**
	 * Create the step.
	 * @param accounts the social accounts
	 */
	public LoadExtraDataStep(SocialAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public void execute(AuthContext context) {
		if (context.getAccount() == null) {
			return;
		}
		this.accounts.updateExtraData(context.getAccount().id(),
				context.getProvider().extraData(context.getResponse()));
	}

}
