package io.restsocial.core.provider;

import java.util.Map;

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
	 * The id under a key of the response, {@code id} for most providers.
	 * @param key the key
	 * @return the mapper
	 */
	static UserIdMapper key(String key) {
		return (details, response) -> response.get(key);
	}

}
