package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Naver ({@code naver}): user from {@code https://openapi.naver.com/v1/nid/me}, whose
 * {@code response} object gives the uid ({@code id}), the email, and the {@code name} that
 * python-social-auth makes both the username and the full name. Naver documents no
 * verification of the email, so it counts as unverified. The token request is RFC 6749's
 * form; python-social-auth also sends its parameters, the client secret among them, as HTTP
 * headers, which Naver does not ask for and which is not copied.
 *
 * @see <a href="https://developers.naver.com/docs/login/profile/profile.md">Naver Login: profile API</a>
 */
public final class NaverProvider {

	/** The wire name. */
	public static final String NAME = "naver";

	private static final UserInfoLoader BEARER = UserInfoLoader.bearer();

	private NaverProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://nid.naver.com/oauth2.0/authorize")
			.tokenUri("https://nid.naver.com/oauth2.0/token")
			.userInfoUri("https://openapi.naver.com/v1/nid/me")
			.userInfoLoader((request) -> profile(BEARER.load(request)))
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "name"),
					Values.string(response, "email"), Values.string(response, "name"), "", ""))
			.build();
	}

	// The profile answers {"resultcode": "00", "message": "success", "response": {...}}.
	@SuppressWarnings("unchecked")
	private static Map<String, Object> profile(Map<String, Object> answer) {
		return (answer.get("response") instanceof Map<?, ?> profile) ? (Map<String, Object>) profile : Map.of();
	}

}
