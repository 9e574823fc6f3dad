package io.restsocial.boot.web;

import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The body of a successful login: written to JSON as its fields, but never printed, since it
 * holds a credential and Spring MVC logs response bodies at DEBUG by their {@code toString()}.
 *
 * @param fields the JSON fields: the user's and the credential's
 */
@JsonSerialize(using = LoginResponse.FieldsSerializer.class)
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

	/**
	 * Writes the fields as the JSON object, each value by the serializer of its own class. As
	 * {@code @JsonValue} alone, Jackson resolved the generic type of the map again on every login
	 * (seen in the load bench's profile); {@code @JsonValue} stays for other readers of the type.
	 */
	static final class FieldsSerializer extends ValueSerializer<LoginResponse> {

		@Override
		public void serialize(LoginResponse value, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject(value);
			for (Map.Entry<String, Object> field : value.fields().entrySet()) {
				generator.writeName(field.getKey());
				context.writeValue(generator, field.getValue());
			}
			generator.writeEndObject();
		}

	}

}
