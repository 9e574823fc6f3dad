package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Log in with PayPal ({@code paypal-oauth2}), and its sandbox ({@code paypal-oauth2-sandbox}):
 * user from the identity {@code userinfo} endpoint in its {@code paypalv1.1} schema. As in
 * python-social-auth the token request authenticates with HTTP Basic and its body holds only
 * {@code grant_type} and {@code code}; the uid is the {@code user_id} URL, the username its last
 * path segment, the email the primary of {@code emails} (else the first), and the names
 * {@code name}, {@code given_name} and {@code family_name}. PayPal documents no verification of the
 * email: it counts as unverified.
 *
 * @see <a href="https://developer.paypal.com/docs/log-in-with-paypal/">Log in with PayPal</a>
 */
public final class PayPalProvider {

	/** The wire name. */
	public static final String NAME = "paypal-oauth2";

	/** The wire name of the sandbox. */
	public static final String SANDBOX_NAME = "paypal-oauth2-sandbox";

	private PayPalProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://www.paypal.com/connect")
			.tokenUri("https://api.paypal.com/v1/oauth2/token")
			.userInfoUri("https://api.paypal.com/v1/identity/oauth2/userinfo?schema=paypalv1.1")
			.scope("openid", "profile")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.tokenRequest(codeOnly())
			.detailsMapper(PayPalProvider::details)
			.userIdMapper(UserIdMapper.key("user_id"))
			.build();
	}

	/**
	 * The sandbox's definition: the same on PayPal's sandbox hosts.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition sandbox() {
		return OAuth2ProviderDefinition.from(definition())
			.name(SANDBOX_NAME)
			.authorizationUri("https://www.sandbox.paypal.com/connect")
			.tokenUri("https://api.sandbox.paypal.com/v1/oauth2/token")
			.userInfoUri("https://api.sandbox.paypal.com/v1/identity/oauth2/userinfo?schema=paypalv1.1")
			.build();
	}

	// PayPal's token request body: grant_type and code, the client only in the Basic header.
	private static Consumer<RestClientAuthorizationCodeTokenResponseClient> codeOnly() {
		return (client) -> client.setParametersCustomizer((parameters) -> {
			parameters.remove(OAuth2ParameterNames.REDIRECT_URI);
			parameters.remove(OAuth2ParameterNames.CLIENT_ID);
		});
	}

	private static SocialDetails details(Map<String, Object> response) {
		String userId = Values.string(response, "user_id");
		return SocialDetails.of(userId.substring(userId.lastIndexOf('/') + 1), email(response.get("emails")),
				Values.string(response, "name"), Values.string(response, "given_name"),
				Values.string(response, "family_name"));
	}

	// The primary address, else the first.
	private static String email(Object emails) {
		if (!(emails instanceof List<?> list) || list.isEmpty()) {
			return "";
		}
		Object chosen = list.stream()
			.filter((email) -> email instanceof Map<?, ?> map && Values.isTrue(map, "primary"))
			.map(Object.class::cast)
			.findFirst()
			.orElse(list.get(0));
		return (chosen instanceof Map<?, ?> map) ? Values.string(map, "value") : "";
	}

}
