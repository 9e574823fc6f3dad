package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Kakao ({@code kakao}): the token request carries no {@code redirect_uri}; names follow
 * python-social-auth's Korean heuristic (family name the nickname's first character).
 */
public final class KakaoProvider {

	/** The wire name. */
	public static final String NAME = "kakao";

	private KakaoProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://kauth.kakao.com/oauth/authorize")
			.tokenUri("https://kauth.kakao.com/oauth/token")
			.userInfoUri("https://kapi.kakao.com/v2/user/me")
			.sendRedirectUri(false)
			.detailsMapper((response) -> {
				String nickname = Values.string(Values.map(response, "properties"), "nickname");
				String email = Values.string(Values.map(response, "kakao_account"), "email");
				return new SocialDetails(nickname, email, nickname, nickname.isEmpty() ? "" : nickname.substring(1),
						nickname.isEmpty() ? "" : nickname.substring(0, 1));
			})
			.build();
	}

}
