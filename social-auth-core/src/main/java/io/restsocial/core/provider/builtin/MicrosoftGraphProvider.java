package io.restsocial.core.provider.builtin;

import io.restsocial.core.error.ProviderException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Microsoft accounts through Microsoft Graph ({@code microsoft-graph}): user from {@code /me}; the
 * username is the local part of the {@code userPrincipalName}, which must be present. The
 * {@code mail} attribute is set by a tenant's administrators and not verified, so the email counts
 * as unverified.
 */
public final class MicrosoftGraphProvider {

	/** The wire name. */
	public static final String NAME = "microsoft-graph";

	private MicrosoftGraphProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.microsoftonline.com/common/oauth2/v2.0/authorize")
			.tokenUri("https://login.microsoftonline.com/common/oauth2/v2.0/token")
			.userInfoUri("https://graph.microsoft.com/v1.0/me")
			.scope("User.Read")
			.detailsMapper((response) -> {
				String upn = Values.string(response, "userPrincipalName");
				if (upn.isEmpty()) {
					throw new ProviderException(NAME, "Microsoft Graph gave no userPrincipalName", null);
				}
				String mail = Values.string(response, "mail");
				return SocialDetails.of(upn.contains("@") ? upn.substring(0, upn.indexOf('@')) : upn,
						mail.isEmpty() ? upn : mail, Values.string(response, "displayName"),
						Values.string(response, "givenName"), Values.string(response, "surname"));
			})
			.build();
	}

}
