package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Auth0 ({@code auth0}), configured by its tenant's issuer
 * ({@code issuer-uri: https://<tenant>.auth0.com/}); the username is the {@code nickname}.
 */
public final class Auth0Provider {

	/** The wire name. */
	public static final String NAME = "auth0";

	private Auth0Provider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.scope("openid", "profile", "email")
			.idToken(new IdTokenSettings(null, null, true, true))
			.userInfoLoader(UserInfoLoader.bearerIfAvailable())
			.detailsMapper((claims) -> SocialDetails.of(Values.string(claims, "nickname"),
					Values.string(claims, "email"), Values.string(claims, "name"), null, null))
			.userIdMapper(UserIdMapper.key("sub"))
			.build();
	}

}
