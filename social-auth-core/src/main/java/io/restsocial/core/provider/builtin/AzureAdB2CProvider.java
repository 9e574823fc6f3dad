package io.restsocial.core.provider.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

/**
 * Azure AD B2C ({@code azuread-b2c-oauth2}), one tenant's user flow: the endpoints are made from
 * the {@code tenant-name} and {@code policy} settings (python-social-auth's {@code TENANT_NAME}
 * and {@code POLICY}, which must start {@code b2c_}), as
 * {@code https://<tenant-name>.b2clogin.com/<tenant-name>.onmicrosoft.com/oauth2/v2.0/authorize?p=<policy>},
 * {@code .../token?p=<policy>} and {@code .../discovery/v2.0/keys?p=<policy>}; a custom domain
 * sets {@code authorization-uri}, {@code token-uri} and {@code jwk-set-uri} instead. The issuer
 * names the tenant's id, which the name does not give: the registration sets {@code issuer-uri}
 * ({@code https://<tenant-name>.b2clogin.com/<tenant-id>/v2.0/}).
 * <p>
 * The user comes from the ID token alone; a user flow whose scope asks for no API answers no
 * {@code access_token}, and the login goes on without one (python-social-auth stores the ID
 * token as the access token instead). Every ID token, the code exchange's and a native app's,
 * must be of the configured policy (its {@code tfp}, else its {@code acr}, compared ignoring
 * case), so that a token of another user flow of the tenant, with its weaker checks, does not
 * log in. The uid is the {@code sub}; the
 * details are {@code azuread-oauth2}'s, the email, unverified, falling back to the first of
 * B2C's {@code emails}.
 *
 * @see <a href="https://learn.microsoft.com/en-us/azure/active-directory-b2c/openid-connect">Azure AD B2C:
 * web sign-in with OpenID Connect</a>
 */
public final class AzureAdB2CProvider {

	/** The wire name. */
	public static final String NAME = "azuread-b2c-oauth2";

	private static final String BASE = "https://{tenant-name}.b2clogin.com/{tenant-name}.onmicrosoft.com";

	private AzureAdB2CProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri(BASE + "/oauth2/v2.0/authorize?p={policy}")
			.tokenUri(BASE + "/oauth2/v2.0/token?p={policy}")
			.scope("openid", "email")
			.idToken(new IdTokenSettings(null, BASE + "/discovery/v2.0/keys?p={policy}", false, true))
			.accessTokenOptional(true)
			// No call: the user comes from the ID token.
			.userInfoLoader((request) -> Map.of())
			.idTokenCheck(AzureAdB2CProvider::policyRefusal)
			.detailsMapper((claims) -> {
				String email = Values.string(claims, "email");
				if (email.isEmpty() && claims.get("emails") instanceof List<?> emails && !emails.isEmpty()) {
					email = String.valueOf(emails.get(0));
				}
				if (email.isEmpty()) {
					email = Values.string(claims, "upn");
				}
				return SocialDetails.of(Values.string(claims, "name"), email, Values.string(claims, "name"),
						Values.string(claims, "given_name"), Values.string(claims, "family_name"));
			})
			.userIdMapper(UserIdMapper.key("sub"))
			.build();
	}

	// Every ID token, a code exchange's or a native app's, must be of the configured policy.
	private static String policyRefusal(Map<String, Object> claims, Map<String, String> settings) {
		String policy = settings.getOrDefault("policy", "");
		if (!policy.toLowerCase(Locale.ROOT).startsWith("b2c_")) {
			throw new IllegalStateException("Provider '" + NAME + "' needs the setting 'policy', starting b2c_");
		}
		Object tokenPolicy = (claims.get("tfp") != null) ? claims.get("tfp") : claims.get("acr");
		if (!(tokenPolicy instanceof String name) || !name.equalsIgnoreCase(policy)) {
			return "Azure AD B2C answered an ID token of another policy (tfp) than the configured one";
		}
		return null;
	}

}
