package io.restsocial.core.oauth2;

import java.util.List;
import java.util.Map;

import io.restsocial.core.http.ProviderHttpClient;
import io.restsocial.core.http.ProviderResponse;

import org.springframework.util.StringUtils;

/**
 * What an {@link AccessTokenVerifier} needs to confirm a native app's access token with the
 * provider.
 *
 * @param provider the provider's wire name
 * @param accessToken the token the app sent
 * @param clientId the application's client id
 * @param clientSecret the application's client secret, or {@code null}
 * @param audiences the client ids a token may be issued to: the client id and the
 * registration's extra audiences (a mobile app's)
 * @param settings the registration's provider-specific settings
 * @param errors how the provider reports errors in its answers
 * @param http the client for the calls
 */
public record AccessTokenVerification(String provider, String accessToken, String clientId, String clientSecret,
		List<String> audiences, Map<String, String> settings, ProviderResponse.Errors errors,
		ProviderHttpClient http) {

	/**
	 * A provider-specific setting.
	 * @param name the setting's name, such as {@code token-info-uri}
	 * @param fallback the value when it is not set
	 * @return the value
	 */
	public String setting(String name, String fallback) {
		String value = this.settings.get(name);
		return StringUtils.hasText(value) ? value : fallback;
	}

	@Override
	public String toString() {
		return "AccessTokenVerification[" + this.provider + "]";
	}

}
