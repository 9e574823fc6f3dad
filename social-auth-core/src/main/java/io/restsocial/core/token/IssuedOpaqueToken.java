package io.restsocial.core.token;

import java.time.Instant;

/**
 * An opaque token as it is handed out, the only time its clear text exists.
 *
 * @param token the token
 * @param expiry when it expires, or {@code null} when it never does
 */
public record IssuedOpaqueToken(String token, Instant expiry) {

	@Override
	public String toString() {
		return "IssuedOpaqueToken[expiry=" + this.expiry + "]";
	}

}
