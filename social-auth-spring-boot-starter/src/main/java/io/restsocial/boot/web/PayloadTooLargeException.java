package io.restsocial.boot.web;

import java.util.List;

import io.restsocial.core.error.InvalidRequestException;

/**
 * Thrown when a request body is larger than {@code rest.social.limits.max-body-size}: answered
 * 413, and the body is not read any further.
 */
public class PayloadTooLargeException extends InvalidRequestException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param maxBodySize the limit that was passed, in bytes
	 */
	public PayloadTooLargeException(long maxBodySize) {
		super("The request body is larger than " + maxBodySize + " bytes", List.of(), null);
	}

	@Override
	public String getCode() {
		return "payload_too_large";
	}

}
