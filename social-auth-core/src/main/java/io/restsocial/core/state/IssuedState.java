package io.restsocial.core.state;

import java.time.Instant;

/**
 * A state as the state endpoint hands it out, for the front-end's authorization request.
 *
 * @param state the {@code state} parameter
 * @param nonce the OpenID Connect {@code nonce} parameter, or {@code null}
 * @param codeChallenge the PKCE {@code code_challenge}, or {@code null}; its verifier stays on
 * the server
 * @param expiresAt when the state expires
 */
public record IssuedState(String state, String nonce, String codeChallenge, Instant expiresAt) {

}
