package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * Any OAuth 2.0 provider without OpenID Connect, such as one an application already describes as
 * a Spring Security client registration: the user comes from its user-info endpoint and is read by
 * the standard claim names that most providers share. It has no endpoints of its own: the caller
 * sets them on the builder.
 * <p>
 * The uid is the response's value under the registration's user-name attribute, else its
 * {@code sub}, else its {@code id}. The username is {@code preferred_username}, else
 * {@code login}, else {@code username}, else the email's local part; the email is {@code email},
 * verified only when the response says {@code email_verified: true}; the names are {@code name},
 * {@code given_name} and {@code family_name}.
 */
public final class GenericOAuth2Provider {

	private GenericOAuth2Provider() {
	}

	/**
	 * A definition builder for a provider read by standard claims: HTTP Basic client
	 * authentication (which RFC 6749 requires servers to take), the access token sent as a bearer
	 * token to the user-info endpoint, and the mapping described above. The caller sets the
	 * endpoints, and changes what differs.
	 * @param name the wire name
	 * @param userNameAttribute the response key that holds the user's id, or {@code null} for
	 * {@code sub}, else {@code id}
	 * @return the builder
	 */
	public static OAuth2ProviderDefinition.Builder builder(String name, String userNameAttribute) {
		return OAuth2ProviderDefinition.withName(name)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.userInfoLoader(UserInfoLoader.bearer())
			.detailsMapper(GenericOAuth2Provider::details)
			.userIdMapper(StringUtils.hasText(userNameAttribute) ? UserIdMapper.key(userNameAttribute)
					: GenericOAuth2Provider::subOrId);
	}

	private static Object subOrId(SocialDetails details, Map<String, Object> response) {
		Object sub = response.get("sub");
		return (sub != null) ? sub : response.get("id");
	}

	/**
	 * Details from the standard claim names.
	 * @param response the merged token and user-info response
	 * @return the details
	 */
	static SocialDetails details(Map<String, Object> response) {
		String email = Values.string(response, "email");
		String username = first(response, "preferred_username", "login", "username");
		if (username.isEmpty() && email.contains("@")) {
			username = email.substring(0, email.indexOf('@'));
		}
		return SocialDetails
			.of(username, email, Values.string(response, "name"), Values.string(response, "given_name"),
					Values.string(response, "family_name"))
			.withEmailVerified(Values.isTrue(response, "email_verified"));
	}

	private static String first(Map<String, Object> response, String... keys) {
		for (String key : keys) {
			String value = Values.string(response, key);
			if (!value.isEmpty()) {
				return value;
			}
		}
		return "";
	}

}
