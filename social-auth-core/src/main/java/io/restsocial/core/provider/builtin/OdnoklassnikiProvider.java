package io.restsocial.core.provider.builtin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import io.restsocial.core.http.ProviderResponse;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oauth2.UserInfoRequest;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.util.Assert;
import org.springframework.web.util.UriUtils;

/**
 * Odnoklassniki ({@code odnoklassniki-oauth2}): user from the REST API's
 * {@code users.getCurrentUser} ({@code https://api.ok.ru/fb.do}), called with the application's
 * public key ({@code settings.public-name}, python-social-auth's {@code PUBLIC_NAME}, required)
 * and signed as OK requires: {@code sig} is the MD5 of the sorted {@code name=value} parameters
 * but the token, followed by the MD5 of the token and the client secret. The uid and the
 * username are the user's {@code uid}; the names are OK's, URL-decoded as python-social-auth
 * decodes them; the email comes only with OK's {@code GET_EMAIL} permission and counts as
 * unverified. OK reports API errors in a 200 answer's {@code error_code}, which refuses the login.
 *
 * @see <a href="https://apiok.ru/en/ext/oauth/">OK API: OAuth 2.0</a>
 */
public final class OdnoklassnikiProvider {

	/** The wire name. */
	public static final String NAME = "odnoklassniki-oauth2";

	/** The setting that holds the application's public key. */
	public static final String PUBLIC_NAME = "public-name";

	private static final ProviderResponse.Errors ERRORS = ProviderResponse.Errors.of(
			(fields) -> fields.get("error") != null || fields.get("error_code") != null, "error", "error_description",
			"error_msg");

	private OdnoklassnikiProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://connect.ok.ru/oauth/authorize")
			.tokenUri("https://api.ok.ru/oauth/token.do")
			.userInfoUri("https://api.ok.ru/fb.do")
			.scopeSeparator(";")
			.errors(ERRORS)
			.userInfoLoader(UserInfoLoader.query(OdnoklassnikiProvider::signedParameters))
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "uid"),
					Values.string(response, "email"), decoded(response, "name"), decoded(response, "first_name"),
					decoded(response, "last_name")))
			.userIdMapper(UserIdMapper.key("uid"))
			.build();
	}

	private static Map<String, String> signedParameters(UserInfoRequest request) {
		String publicKey = request.setting(PUBLIC_NAME, null);
		Assert.state(publicKey != null, "Provider 'odnoklassniki-oauth2' needs its settings.public-name");
		Map<String, String> signed = new TreeMap<>();
		signed.put("method", "users.getCurrentUser");
		signed.put("application_key", publicKey);
		signed.put("format", "JSON");
		StringBuilder text = new StringBuilder();
		signed.forEach((name, value) -> text.append(name).append('=').append(value));
		String secret = (request.clientSecret() != null) ? request.clientSecret() : "";
		text.append(Md5.hex(request.accessToken() + secret));
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("access_token", request.accessToken());
		parameters.putAll(signed);
		parameters.put("sig", Md5.hex(text.toString()));
		return parameters;
	}

	private static String decoded(Map<String, Object> response, String key) {
		return UriUtils.decode(Values.string(response, key), StandardCharsets.UTF_8);
	}

}
