package io.restsocial.boot.web;

import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The body of a successful login: written to JSON as its fields, but never printed, since it
 * holds a credential and Spring MVC logs response bodies at DEBUG by their {@code toString()}.
 *
 * @param fields the JSON fields: the user's and the credential's
 */
public record LoginResponse(Map<String, Object> fields) {

	/**
	 * Create the response; the fields are copied into an unmodifiable view.
	 */
	public LoginResponse {
		fields = Collections.unmodifiableMap(fields);
	}

	/**
	 * The JSON fields.
	 * @return the fields
	 */
	@JsonValue
	@Override
	public Map<String, Object> fields() {
		return this.fields;
	}

	@Override
	public String toString() {
		return "LoginResponse[fields=" + this.fields.keySet() + "]";
	}

}
