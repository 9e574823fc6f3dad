package io.restsocial.boot.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer of {@code GET {base}/social/csrf/}: the CSRF token and the header to send it in.
 * Never printed whole, since Spring MVC logs response bodies at DEBUG by their
 * {@code toString()}.
 *
 * @param token the CSRF token, also set as the {@code XSRF-TOKEN} cookie
 * @param header the header the session login takes it in, {@code X-XSRF-TOKEN}
 */
@JsonPropertyOrder({ "token", "header" })
public record CsrfTokenResponse(String token, String header) {

	@Override
	public String toString() {
		return "CsrfTokenResponse[header=" + this.header + "]";
	}

}
