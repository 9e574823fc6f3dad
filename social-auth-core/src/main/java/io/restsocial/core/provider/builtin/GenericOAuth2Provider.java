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

	/**
	 * A definition builder for a provider read by the given claim names rather than the standard
	 * ones: an application's own OAuth 2.0 server, described by properties alone. A name may be a
	 * dotted path into nested objects ({@code data.id}); an unset one falls back to the standard
	 * claims above.
	 * @param name the wire name
	 * @param claims the claim names
	 * @return the builder
	 */
	public static OAuth2ProviderDefinition.Builder builder(String name, Claims claims) {
		return builder(name, (String) null).detailsMapper((response) -> claims.details(response))
			.userIdMapper((details, response) -> claims.userId(response));
	}

	/**
	 * The claim names a generic provider's user is read by; {@code null} or empty for the standard
	 * claim.
	 *
	 * @param id the user's id (default {@code sub}, else {@code id})
	 * @param username the username (default {@code preferred_username}, {@code login},
	 * {@code username}, else the email's local part)
	 * @param email the email address (default {@code email})
	 * @param emailVerified whether the provider verified the email (default {@code email_verified})
	 * @param name the full name (default {@code name})
	 * @param firstName the first name (default {@code given_name})
	 * @param lastName the last name (default {@code family_name})
	 */
	public record Claims(String id, String username, String email, String emailVerified, String name,
			String firstName, String lastName) {

		/**
		 * The standard claims.
		 * @return the claims
		 */
		public static Claims standard() {
			return new Claims(null, null, null, null, null, null, null);
		}

		Object userId(Map<String, Object> response) {
			return StringUtils.hasText(this.id) ? value(response, this.id) : subOrId(null, response);
		}

		SocialDetails details(Map<String, Object> response) {
			SocialDetails standard = GenericOAuth2Provider.details(response);
			String email = pick(response, this.email, standard.email());
			String username = pick(response, this.username, "");
			if (username.isEmpty()) {
				username = (StringUtils.hasText(this.email) && email.contains("@"))
						? email.substring(0, email.indexOf('@')) : standard.username();
			}
			boolean verified = StringUtils.hasText(this.emailVerified)
					? Boolean.TRUE.equals(value(response, this.emailVerified))
							|| "true".equals(value(response, this.emailVerified))
					: standard.emailVerified();
			return SocialDetails
				.of(username, email, pick(response, this.name, standard.fullName()),
						pick(response, this.firstName, standard.firstName()),
						pick(response, this.lastName, standard.lastName()))
				.withEmailVerified(verified);
		}

		private static String pick(Map<String, Object> response, String claim, String standard) {
			if (!StringUtils.hasText(claim)) {
				return standard;
			}
			Object value = value(response, claim);
			return (value != null) ? String.valueOf(value) : "";
		}

		// A dotted path walks nested objects: "data.id" is response["data"]["id"].
		private static Object value(Map<String, Object> response, String claim) {
			Object value = response;
			for (String key : claim.split("\\.")) {
				if (!(value instanceof Map<?, ?> map)) {
					return null;
				}
				value = map.get(key);
			}
			return value;
		}

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
