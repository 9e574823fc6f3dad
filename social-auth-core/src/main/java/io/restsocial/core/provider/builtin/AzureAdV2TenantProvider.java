package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Azure Active Directory's v2.0 endpoints for one tenant ({@code azuread-v2-tenant-oauth2}),
 * configured by the tenant's issuer
 * ({@code issuer-uri: https://login.microsoftonline.com/<tenant-id>/v2.0}, python-social-auth's
 * {@code TENANT_ID}): endpoints and keys from its discovery, only that tenant's ID tokens, the
 * user from the ID token alone, and python-social-auth's scope {@code openid profile offline_access}.
 * The username and full name are {@code name}, the names {@code given_name} and
 * {@code family_name}, and the email, as python-social-auth reads it, the
 * {@code preferred_username}, which Microsoft does not verify: it counts as unverified.
 * <p>
 * python-social-auth's uid is the {@code preferred_username}, which Microsoft documents as
 * mutable and not to be relied on; as for {@code azuread-oauth2} the uid here is
 * {@code <oid>.<tid>}, and an application whose accounts python-social-auth stored sets
 * {@code use-unique-user-id: false}.
 *
 * @see <a href="https://learn.microsoft.com/en-us/entra/identity-platform/id-token-claims-reference">Microsoft
 * identity platform: ID token claims</a>
 */
public final class AzureAdV2TenantProvider {

	/** The wire name. */
	public static final String NAME = "azuread-v2-tenant-oauth2";

	private AzureAdV2TenantProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OidcProvider.builder(NAME)
			.scope("openid", "profile", "offline_access")
			.userInfoLoader(UserInfoLoader.none())
			.detailsMapper((claims) -> SocialDetails.of(Values.string(claims, "name"),
					Values.string(claims, "preferred_username"), Values.string(claims, "name"),
					Values.string(claims, "given_name"), Values.string(claims, "family_name")))
			.userIdMapper(UserIdMapper.key("preferred_username"))
			.uniqueUserIdMapper(AzureAdProvider.definition().getUniqueUserIdMapper())
			.build();
	}

}
