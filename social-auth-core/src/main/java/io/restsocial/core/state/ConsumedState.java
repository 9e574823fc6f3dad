package io.restsocial.core.state;

import java.time.Instant;

import org.springframework.util.Assert;

/**
 * A state a login presented, checked and ready to be used up: what the server derives from it
 * (the nonce, the PKCE verifier) for the login, and what
 * {@link LoginStateService#consume(ConsumedState)} needs to use it up once.
 *
 * @param id the state's id
 * @param provider the provider it was issued for
 * @param expiresAt when it expires; it need not be remembered as used after that
 * @param nonce the nonce the ID token must carry, or {@code null}
 * @param codeVerifier the PKCE verifier to send with the code, or {@code null}
 */
public record ConsumedState(String id, String provider, Instant expiresAt, String nonce, String codeVerifier) {

	/**
	 * Create a consumed state.
	 * @param id the state's id
	 * @param provider the provider it was issued for
	 * @param expiresAt when it expires
	 * @param nonce the nonce, or {@code null}
	 * @param codeVerifier the PKCE verifier, or {@code null}
	 */
	public ConsumedState {
		Assert.hasText(id, "id cannot be empty");
		Assert.hasText(provider, "provider cannot be empty");
		Assert.notNull(expiresAt, "expiresAt cannot be null");
	}

	@Override
	public String toString() {
		return "ConsumedState[provider=" + this.provider + ", nonce=" + ((this.nonce != null) ? "present" : "none")
				+ "]";
	}

}
