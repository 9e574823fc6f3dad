package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;

/**
 * Yandex ({@code yandex-oauth2}): user from {@code login.yandex.ru/info}, always asked with
 * {@code format=json} (whatever the user-info URL); the email is
 * {@code default_email}, else the first of {@code emails}; Yandex documents no verification of
 * it, so it counts as unverified.
 */
public final class YandexProvider {

	/** The wire name. */
	public static final String NAME = "yandex-oauth2";

	private YandexProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://oauth.yandex.com/authorize")
			.tokenUri("https://oauth.yandex.com/token")
			.userInfoUri("https://login.yandex.ru/info")
			// A parameter of the definition rather than of the URL, so that overriding the URL keeps it.
			.userInfoLoader(UserInfoLoader.query((request) -> Map.of("format", "json", "oauth_token",
					request.accessToken())))
			.detailsMapper((response) -> {
				String email = Values.string(response, "default_email");
				if (email.isEmpty() && response.get("emails") instanceof List<?> emails && !emails.isEmpty()) {
					email = String.valueOf(emails.get(0));
				}
				String realName = Values.string(response, "real_name");
				return SocialDetails.of(Values.string(response, "display_name"), email,
						realName.isEmpty() ? Values.string(response, "display_name") : realName, null, null);
			})
			.build();
	}

}
