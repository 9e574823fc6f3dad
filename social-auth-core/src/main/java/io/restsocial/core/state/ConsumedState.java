package io.restsocial.core.state;

/**
 * What the server kept of a state, handed back once when a login uses it.
 *
 * @param nonce the nonce the ID token must carry, or {@code null}
 * @param codeVerifier the PKCE verifier to send with the code, or {@code null}
 */
public record ConsumedState(String nonce, String codeVerifier) {

	@Override
	public String toString() {
		return "ConsumedState[nonce=" + ((this.nonce != null) ? "present" : "none") + "]";
	}

}
