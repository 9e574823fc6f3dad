package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.oidc.IdTokenValidator;

/**
 * Azure Active Directory's v2.0 endpoints ({@code azuread-oauth2-v2}), which also take personal
 * Microsoft accounts when the app allows them: {@code azuread-oauth2} on
 * {@code /common/oauth2/v2.0/}, with the v2.0 keys and issuer
 * ({@code https://login.microsoftonline.com/<tid>/v2.0}, matched with the token's own
 * {@code tid}) and python-social-auth's scope {@code User.Read profile openid email}. The uid,
 * details and email verification are {@code azuread-oauth2}'s: {@code <oid>.<tid>}, or the
 * {@code upn} with {@code use-unique-user-id: false} (a v2.0 token carries it only as an optional
 * claim).
 *
 * @see <a href="https://learn.microsoft.com/en-us/entra/identity-platform/v2-protocols-oidc">Microsoft identity
 * platform: OpenID Connect</a>
 */
public final class AzureAdV2Provider {

	/** The wire name. */
	public static final String NAME = "azuread-oauth2-v2";

	private AzureAdV2Provider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(AzureAdProvider.definition())
			.name(NAME)
			.authorizationUri("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")
			.tokenUri("https://login.microsoftonline.com/common/oauth2/v2.0/token")
			.scope("User.Read", "profile", "openid", "email")
			.idToken(new IdTokenSettings("https://login.microsoftonline.com/" + IdTokenValidator.TENANT + "/v2.0",
					"https://login.microsoftonline.com/common/discovery/v2.0/keys", false, true))
			.userIdMapper(AzureAdProvider.upn(NAME))
			.build();
	}

}
