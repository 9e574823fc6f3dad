package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Azure Active Directory for one tenant ({@code azuread-tenant-oauth2}): {@code azuread-oauth2}'s
 * v1 endpoints, keys and details, and only the ID tokens of the tenant the registration's issuer
 * names ({@code issuer-uri: https://sts.windows.net/<tenant-id>/}, python-social-auth's
 * {@code TENANT_ID}), so a token of another tenant is refused. A single-tenant app also sets
 * {@code authorization-uri} and {@code token-uri} to its tenant's
 * ({@code https://login.microsoftonline.com/<tenant-id>/oauth2/authorize} and
 * {@code .../oauth2/token}); the defaults are the {@code common} ones. As in python-social-auth the
 * uid is the ID token's {@code sub}, which never changes for one user of one app.
 *
 * @see <a href="https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference">Microsoft
 * identity platform: ID token claims</a>
 */
public final class AzureAdTenantProvider {

	/** The wire name. */
	public static final String NAME = "azuread-tenant-oauth2";

	private AzureAdTenantProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(AzureAdProvider.definition())
			.name(NAME)
			.idToken(new IdTokenSettings(null, "https://login.microsoftonline.com/common/discovery/keys", false, true))
			.userIdMapper(UserIdMapper.key("sub"))
			.uniqueUserIdMapper(null)
			.build();
	}

}
