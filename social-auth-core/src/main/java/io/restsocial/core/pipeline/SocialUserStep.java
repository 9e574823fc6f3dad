package io.restsocial.core.pipeline;

import io.restsocial.core.error.AuthAlreadyAssociatedException;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;

/**
 * Looks up the social account of this provider and uid, and its user ({@code social_user});
 * refuses an authenticated caller who tries to take over another user's account.
 */
public final class SocialUserStep implements PipelineStep {

	private final SocialAccountRepository accounts;

	private final UserService users;

	/**
	 * Create the step.
	 * @param accounts the social accounts
	 * @param users the users
	 */
	public SocialUserStep(SocialAccountRepository accounts, UserService users) {
		this.accounts = accounts;
		this.users = users;
	}

	@Override
	public void execute(AuthContext context) {
		String provider = context.getProvider().name();
		SocialAccountRepository.AccountWithUser found = this.accounts
			.findWithUser(provider, context.getUid(), this.users)
			.orElse(null);
		SocialAccount account = (found != null) ? found.account() : null;
		if (account != null) {
			if (context.getUser() != null && !context.getUser().idAsString().equals(account.userId())) {
				throw new AuthAlreadyAssociatedException(provider);
			}
			if (context.getUser() == null) {
				context.setUser(found.user());
			}
		}
		context.setAccount(account);
		context.setNewAssociation(account == null);
	}

}
