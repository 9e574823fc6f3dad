package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Any OpenID Connect provider ({@code oidc}), configured by its issuer alone
 * ({@code rest.social.providers.oidc.issuer-uri}): endpoints and keys come from discovery, the ID
 * token is required and validated, and the uid is its {@code sub}. The email counts as verified
 * when the claims say {@code email_verified: true}.
 */
public final class OidcProvider {

	/** The wire name. */
	public static final String NAME = "oidc";

	private OidcProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return builder(NAME).build();
	}

	/**
	 * A definition builder for an OpenID Connect provider configured by its issuer: scope
	 * {@code openid profile email}, the client authentication method discovery chooses (Basic
	 * when the issuer takes it, else post),
	 * endpoints and keys from discovery, a required and validated ID token, userinfo when the
	 * issuer has one, details from the standard claims (the email verified by
	 * {@code email_verified}), and {@code sub} as the uid. Providers of
	 * this family change only what differs.
	 * @param name the wire name
	 * @return the builder
	 */
	public static OAuth2ProviderDefinition.Builder builder(String name) {
		return OAuth2ProviderDefinition.withName(name)
			.scope("openid", "profile", "email")
			.idToken(new IdTokenSettings(null, null, true, true))
			.userInfoLoader(UserInfoLoader.bearerIfAvailable())
			.detailsMapper(OidcProvider::details)
			.userIdMapper(UserIdMapper.key("sub"));
	}

	/**
	 * Whether the standard {@code email_verified} claim is true (OpenID Connect Core 1.0,
	 * section 5.1).
	 * @param claims the ID token's and userinfo's claims
	 * @return whether the email is verified
	 */
	static boolean emailVerified(Map<String, Object> claims) {
		return Values.isTrue(claims, "email_verified");
	}

	/**
	 * Details from the standard claims; the username is {@code preferred_username}, else
	 * {@code nickname}, else the email's local part.
	 * @param claims the ID token's and userinfo's claims
	 * @return the details
	 */
	static SocialDetails details(Map<String, Object> claims) {
		String email = Values.string(claims, "email");
		String username = Values.string(claims, "preferred_username");
		if (username.isEmpty()) {
			username = Values.string(claims, "nickname");
		}
		if (username.isEmpty() && email.contains("@")) {
			username = email.substring(0, email.indexOf('@'));
		}
		return SocialDetails.of(username, email, Values.string(claims, "name"), Values.string(claims, "given_name"),
				Values.string(claims, "family_name"))
			.withEmailVerified(emailVerified(claims));
	}

}
