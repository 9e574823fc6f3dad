package io.restsocial.boot.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.restsocial.core.user.SocialAccount;

/**
 * One of the caller's linked social accounts, as {@code GET {base}/social/accounts/} lists it:
 * never its tokens or extra data.
 *
 * @param id the account's id, which disconnecting it takes
 * @param provider the provider's name, such as {@code github}
 * @param uid the user's id at the provider
 * @param created when the account was linked (ISO-8601)
 * @param modified when a login last updated it (ISO-8601)
 */
@JsonPropertyOrder({ "id", "provider", "uid", "created", "modified" })
public record LinkedAccountResponse(long id, String provider, String uid, String created, String modified) {

	/**
	 * The answer for an account.
	 * @param account the account
	 * @return the answer
	 */
	public static LinkedAccountResponse of(SocialAccount account) {
		return new LinkedAccountResponse(account.id(), account.provider(), account.uid(),
				account.created().toString(), account.modified().toString());
	}

}
