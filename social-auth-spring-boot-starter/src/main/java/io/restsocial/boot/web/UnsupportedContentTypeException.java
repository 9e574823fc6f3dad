package io.restsocial.boot.web;

import java.util.List;

import io.restsocial.core.error.InvalidRequestException;

/**
 * Thrown when a request body comes in a type or charset the endpoints do not read (they read
 * JSON and {@code application/x-www-form-urlencoded}): answered 415.
 */
public class UnsupportedContentTypeException extends InvalidRequestException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message what is wrong and how to fix it
	 */
	public UnsupportedContentTypeException(String message) {
		super(message, List.of(), null);
	}

	@Override
	public String getCode() {
		return "unsupported_media_type";
	}

}
