package io.restsocial.core.provider.builtin;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.oidc.IdTokenValidator;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Azure Active Directory ({@code azuread-oauth2}), multi-tenant through the {@code common}
 * endpoints: the user comes from the ID token, whose issuer names its own tenant
 * ({@code https://sts.windows.net/<tid>/}).
 * <p>
 * The uid is the user's object id and tenant id, {@code <oid>.<tid>} (the form of MSAL's home
 * account id): {@code oid} never changes, and only with its {@code tid} is it one user across the
 * tenants of a multi-tenant app. python-social-auth's uid is the {@code upn}, which an
 * administrator can rename or reassign to another person; an application whose accounts were
 * stored by python-social-auth with upn uids sets {@code use-unique-user-id: false}, and then a
 * token without a {@code upn} cannot log in.
 * <p>
 * The {@code email} claim is whatever a tenant's administrator typed, in any tenant (the
 * "nOAuth" takeover): it counts as verified only with Microsoft's optional {@code xms_edov}
 * claim ("email domain owner verified") set to true, and the {@code upn} the email falls back to
 * never does.
 */
public final class AzureAdProvider {

	/** The wire name. */
	public static final String NAME = "azuread-oauth2";

	private AzureAdProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.microsoftonline.com/common/oauth2/authorize")
			.tokenUri("https://login.microsoftonline.com/common/oauth2/token")
			.scope("openid", "profile", "user_impersonation", "email")
			.idToken(new IdTokenSettings("https://sts.windows.net/" + IdTokenValidator.TENANT + "/",
					"https://login.microsoftonline.com/common/discovery/keys", false, true))
			.userInfoLoader(UserInfoLoader.none())
			.detailsMapper((claims) -> {
				String email = Values.string(claims, "email");
				return SocialDetails
					.of(Values.string(claims, "name"), email.isEmpty() ? Values.string(claims, "upn") : email,
							Values.string(claims, "name"), Values.string(claims, "given_name"),
							Values.string(claims, "family_name"))
					.withEmailVerified(!email.isEmpty() && Values.isTrue(claims, "xms_edov"));
			})
			.userIdMapper(upn(NAME))
			.uniqueUserIdMapper((details, claims) -> {
				String oid = Values.string(claims, "oid");
				String tid = Values.string(claims, "tid");
				return (oid.isEmpty() || tid.isEmpty()) ? null : oid + "." + tid;
			})
			.build();
	}

	/**
	 * python-social-auth's uid of the Azure AD family: the {@code upn}, without which the account
	 * cannot log in.
	 * @param name the wire name of the provider that refuses, for the message
	 * @return the mapper
	 */
	static UserIdMapper upn(String name) {
		return (details, claims) -> {
			Object upn = claims.get("upn");
			if (upn == null) {
				throw new ProviderException(name, "Azure AD gave no upn: the account cannot log in here", null);
			}
			return upn;
		};
	}

}
