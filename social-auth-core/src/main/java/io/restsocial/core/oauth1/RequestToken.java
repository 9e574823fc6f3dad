package io.restsocial.core.oauth1;

/**
 * A kept OAuth 1.0a request token: its secret, and the browser it is bound to.
 *
 * @param secret the request token's secret
 * @param binding the hash ({@link io.restsocial.core.state.BrowserBinding#hash}) of the binding
 * value of the browser that ran step one, or {@code null} for a token bound to no browser (a
 * native app's)
 */
public record RequestToken(String secret, String binding) {

	@Override
	public String toString() {
		// The secret signs the access token request: never in a log line.
		return "RequestToken[bound=" + (this.binding != null) + "]";
	}

}
