package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.TokenRequests;
import io.restsocial.core.provider.SocialDetails;

/**
 * Kakao ({@code kakao}): the token request carries no {@code redirect_uri}; names follow
 * python-social-auth's Korean heuristic (family name the nickname's first character); the email
 * is verified when the account says both {@code is_email_verified} and {@code is_email_valid}.
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
			.tokenRequest(TokenRequests.withoutRedirectUri())
			.detailsMapper((response) -> {
				String nickname = Values.string(Values.map(response, "properties"), "nickname");
				Map<?, ?> account = Values.map(response, "kakao_account");
				String email = Values.string(account, "email");
				return new SocialDetails(nickname, email, nickname, nickname.isEmpty() ? "" : nickname.substring(1),
						nickname.isEmpty() ? "" : nickname.substring(0, 1),
						Values.isTrue(account, "is_email_verified") && Values.isTrue(account, "is_email_valid"));
			})
			.build();
	}

}
