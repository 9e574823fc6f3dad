package io.restsocial.core.state;

/**
 * Issues and consumes login states: signed, expiring and single-use, each bound to one provider.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-10.12">RFC 6749, section 10.12</a>
 */
public interface LoginStateService {

	/**
	 * Issue a state for a provider.
	 * @param provider the provider's wire name
	 * @param withNonce whether to issue an OpenID Connect nonce too
	 * @param withPkce whether to keep a PKCE verifier and answer its challenge
	 * @return the state
	 */
	IssuedState issue(String provider, boolean withNonce, boolean withPkce);

	/**
	 * Use up a state.
	 * @param provider the provider the login is for
	 * @param state the state the front-end sent back
	 * @return what was kept with it
	 * @throws io.restsocial.core.error.InvalidRequestException when the state is malformed,
	 * wrongly signed, expired, already used, or of another provider
	 */
	ConsumedState consume(String provider, String state);

}
