package io.restsocial.core.partial;

import java.util.Map;

/**
 * A paused login, as kept between the pause and its completion.
 *
 * @param provider the provider's wire name
 * @param label what the caller asked to be told again on completion (the login endpoint)
 * @param response the provider's merged response, so the provider is not asked again
 * @param currentUserId the string form of the already authenticated caller's id, or {@code null}
 */
public record PartialLogin(String provider, String label, Map<String, Object> response, String currentUserId) {

	@Override
	public String toString() {
		// The response holds the provider's tokens: never in a log line.
		return "PartialLogin[provider=" + this.provider + ", label=" + this.label + "]";
	}

}
