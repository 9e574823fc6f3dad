package io.restsocial.core.state;

/**
 * Issues and consumes login states: signed, expiring and single-use, each bound to one provider
 * and, when a browser asked for it, to that browser.
 * <p>
 * A login uses a state in two steps: {@link #verify} before the provider is called (it checks
 * the state and derives the nonce and PKCE verifier, writing nothing), then {@link #consume} in
 * the login's transaction, so that a state is used up only by a login that succeeds and two
 * logins racing with one state cannot both succeed.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-10.12">RFC 6749, section 10.12</a>
 */
public interface LoginStateService {

	/**
	 * Issue a state for a provider.
	 * @param provider the provider's wire name
	 * @param withNonce whether to issue an OpenID Connect nonce too
	 * @param withPkce whether to keep a PKCE verifier and answer its challenge
	 * @param binding the value the asking browser keeps (in a cookie) and must present with the
	 * state, or {@code null} for a state any client may present (a native app's)
	 * @return the state
	 */
	IssuedState issue(String provider, boolean withNonce, boolean withPkce, String binding);

	/**
	 * Issue a state bound to no browser.
	 * @param provider the provider's wire name
	 * @param withNonce whether to issue an OpenID Connect nonce too
	 * @param withPkce whether to keep a PKCE verifier and answer its challenge
	 * @return the state
	 */
	default IssuedState issue(String provider, boolean withNonce, boolean withPkce) {
		return issue(provider, withNonce, withPkce, null);
	}

	/**
	 * Check a state a login presents, without using it up; called before the provider is, outside
	 * the login's transaction.
	 * @param provider the provider the login is for
	 * @param state the state the front-end sent back
	 * @param binding the binding value the request carries (its state cookie), or {@code null}
	 * @param browser whether the request came from a browser, which must present a state bound
	 * to it
	 * @return the checked state, with its nonce and PKCE verifier
	 * @throws io.restsocial.core.error.InvalidRequestException when the state is malformed,
	 * wrongly signed, expired, of another provider, already used, bound to another browser, or
	 * unbound and presented by a browser
	 */
	ConsumedState verify(String provider, String state, String binding, boolean browser);

	/**
	 * Use up a checked state; called in the login's transaction.
	 * @param state the checked state
	 * @throws io.restsocial.core.error.InvalidRequestException when it was already used
	 */
	void consume(ConsumedState state);

	/**
	 * Check and use up an unbound state presented by a client that is not a browser.
	 * @param provider the provider the login is for
	 * @param state the state the front-end sent back
	 * @return the consumed state
	 * @throws io.restsocial.core.error.InvalidRequestException when the state is not valid or was
	 * already used
	 */
	default ConsumedState consume(String provider, String state) {
		ConsumedState checked = verify(provider, state, null, false);
		consume(checked);
		return checked;
	}

}
