package io.restsocial.core.user;

import java.time.Instant;
import java.util.Map;

/**
 * A social account linked to a user: one provider's id of that user, and what the login left to
 * keep (the provider's access token and its expiry).
 *
 * @param id the account's own id
 * @param provider the provider's wire name
 * @param uid the provider's id of the user
 * @param userId the string form of the application's user id
 * @param extraData what the provider's login left to keep
 * @param created when the account was linked
 * @param modified when the account was last logged in with
 */
public record SocialAccount(long id, String provider, String uid, String userId, Map<String, Object> extraData,
		Instant created, Instant modified) {

	@Override
	public String toString() {
		// extraData holds the provider's access token: never in a log line.
		return "SocialAccount[id=" + this.id + ", provider=" + this.provider + ", uid=" + this.uid + ", userId="
				+ this.userId + "]";
	}

}
