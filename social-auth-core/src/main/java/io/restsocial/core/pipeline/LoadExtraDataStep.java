package io.restsocial.core.pipeline;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialAccountRepository;

/**
 * Keeps on the social account what the provider's login left to keep, such as its access token
 * ({@code load_extra_data}).
 * <p>
 * As python-social-auth's {@code set_extra_data}, the account is written only when the data
 * differs from what it holds, so that a returning login with the same tokens writes nothing.
 * The data includes {@code auth_time}, the second of the login, as python-social-auth's does:
 * it is the time of the last login that reached this step, so a login in a later second writes
 * it.
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
		SocialAccount account = context.getAccount();
		// None, or just created holding this login's data (AssociateUserStep).
		if (account == null || account == context.createdWithExtraData) {
			return;
		}
		Map<String, Object> data = context.getProvider().extraData(context.getResponse());
		if (!sameJson(account.extraData(), data)) {
			this.accounts.updateExtraData(account.id(), data);
		}
	}

	/**
	 * Whether two JSON values are the same, with numbers compared by value: the stored data is
	 * read back from JSON, where {@code 1780315200L} may come back as an {@code Integer}.
	 * @param stored the stored value
	 * @param fresh the new value
	 * @return whether writing the new value would change nothing
	 */
	static boolean sameJson(Object stored, Object fresh) {
		if (stored instanceof Number a && fresh instanceof Number b) {
			try {
				return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
			}
			catch (NumberFormatException ex) {
				// NaN or infinity, which JSON does not hold.
				return false;
			}
		}
		if (stored instanceof Map<?, ?> a && fresh instanceof Map<?, ?> b) {
			if (a.size() != b.size()) {
				return false;
			}
			for (Map.Entry<?, ?> entry : a.entrySet()) {
				if (!b.containsKey(entry.getKey()) || !sameJson(entry.getValue(), b.get(entry.getKey()))) {
					return false;
				}
			}
			return true;
		}
		if (stored instanceof List<?> a && fresh instanceof List<?> b) {
			if (a.size() != b.size()) {
				return false;
			}
			Iterator<?> other = b.iterator();
			for (Object value : a) {
				if (!sameJson(value, other.next())) {
					return false;
				}
			}
			return true;
		}
		return Objects.equals(stored, fresh);
	}

}
