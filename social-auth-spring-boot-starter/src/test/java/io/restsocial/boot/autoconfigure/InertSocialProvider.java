package io.restsocial.boot.autoconfigure;

import java.util.Map;

import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.SocialProvider;

/**
 * A provider bean of a name that answers nothing, for tests of how the registry treats
 * application providers.
 */
class InertSocialProvider implements SocialProvider {

	private final String name;

	InertSocialProvider(String name) {
		this.name = name;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public Map<String, Object> fetchUserData(LoginRequest request) {
		return Map.of();
	}

	@Override
	public SocialDetails userDetails(Map<String, Object> response) {
		return SocialDetails.of("", "", "", "", "");
	}

	@Override
	public String userId(SocialDetails details, Map<String, Object> response) {
		return "1";
	}

	@Override
	public Map<String, Object> extraData(Map<String, Object> response) {
		return Map.of();
	}

}
