package io.restsocial.boot.web;

import java.util.Set;

import io.restsocial.core.error.InvalidRequestException;

import org.springframework.util.Assert;

/**
 * How much of a request the starter's endpoints read: the body's size, and each field's length.
 * Token fields ({@code id_token}, {@code access_token}, and the JWT companions' {@code refresh}
 * and {@code token}) may be longer than the others, since a JWT with many claims runs to a few
 * KiB; a PKCE {@code code_verifier} is at most 128 characters (RFC 7636, section 4.1).
 *
 * @param maxBodySize the most bytes of a request body read; a longer body is answered 413
 * @param maxFieldLength the most characters of a field; a longer one is answered 400
 * @param maxTokenLength the most characters of a token field; a longer one is answered 400
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.1">RFC 7636, section 4.1</a>
 */
public record RequestLimits(long maxBodySize, int maxFieldLength, int maxTokenLength) {

	/** The fields that carry tokens. */
	static final Set<String> TOKENS = Set.of("id_token", "access_token", "signed_request", "refresh", "token");

	/** The longest PKCE code verifier. */
	static final int MAX_CODE_VERIFIER_LENGTH = 128;

	/**
	 * Create the limits.
	 * @throws IllegalArgumentException when a limit is not positive
	 */
	public RequestLimits {
		Assert.isTrue(maxBodySize > 0 && maxFieldLength > 0 && maxTokenLength > 0, "limits must be positive");
	}

	/**
	 * The defaults: a 64 KiB body, 2048-character fields, 16 KiB tokens.
	 * @return the default limits
	 */
	public static RequestLimits defaults() {
		return new RequestLimits(64 * 1024, 2048, 16 * 1024);
	}

	/**
	 * The longest value a field may have.
	 * @param name the field name
	 * @return the most characters
	 */
	int maxLength(String name) {
		if (TOKENS.contains(name)) {
			return this.maxTokenLength;
		}
		if ("code_verifier".equals(name)) {
			return Math.min(MAX_CODE_VERIFIER_LENGTH, this.maxFieldLength);
		}
		return this.maxFieldLength;
	}

	/**
	 * Refuse a field longer than its limit.
	 * @param name the field name
	 * @param value the value
	 * @throws InvalidRequestException when the value is too long
	 */
	void check(String name, String value) {
		int max = maxLength(name);
		if (value != null && value.length() > max) {
			throw new InvalidRequestException("'" + name + "' is longer than " + max + " characters", name);
		}
	}

}
