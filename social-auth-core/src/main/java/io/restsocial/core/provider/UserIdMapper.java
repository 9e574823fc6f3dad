package io.restsocial.core.provider;

import java.util.Map;

import io.restsocial.core.error.ProviderException;

/**
 * Reads the provider's id of the user from the details and the merged response.
 */
@FunctionalInterface
public interface UserIdMapper {

	/**
	 * Read the user id.
	 * @param details the user details
	 * @param response the merged response
	 * @return the id, or {@code null} when the response has none
	 */
	Object userId(SocialDetails details, Map<String, Object> response);

	/**
	 * Read the user id as the string a social account keeps, refusing a response without one.
	 * @param provider the provider's wire name, for the message
	 * @param details the user details
	 * @param response the merged response
	 * @return the id's string form, never empty
	 * @throws ProviderException when the response has no id
	 */
	default String requireUserId(String provider, SocialDetails details, Map<String, Object> response) {
		Object id = userId(details, response);
		String uid = (id != null) ? String.valueOf(id) : "";
		if (uid.isEmpty()) {
			throw new ProviderException(provider, "Provider '" + provider + "' gave no user id", null);
		}
		return uid;
	}

	/**
	 * The id under a key of the response, {@code id} for most providers.
	 * @param key the key
	 * @return the mapper
	 */
	static UserIdMapper key(String key) {
		return (details, response) -> response.get(key);
	}

}
