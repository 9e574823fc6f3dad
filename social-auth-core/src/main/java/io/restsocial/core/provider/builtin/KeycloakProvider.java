package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Keycloak ({@code keycloak}), configured by its realm's issuer
 * ({@code issuer-uri: https://<host>/realms/<realm>}); as in python-social-auth the uid is the
 * username, read here from the validated ID token's {@code preferred_username} rather than by
 * decoding the access token with a configured public key. The email is verified by the realm's
 * {@code email_verified} claim.
 */
public final class KeycloakProvider {

	/** The wire name. */
	public static final String NAME = "keycloak";

	private KeycloakProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME).userIdMapper(UserIdMapper.key("preferred_username")).build();
	}


}
