package io.restsocial.core.provider.builtin;

import java.net.URI;

import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Salesforce ({@code salesforce-oauth2}): the user comes from the identity URL the token
 * response names in its {@code id}, which is also the uid; the email is verified by the identity's
 * {@code email_verified}.
 */
public final class SalesforceProvider {

	/** The wire name. */
	public static final String NAME = "salesforce-oauth2";

	private SalesforceProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://login.salesforce.com/services/oauth2/authorize")
			.tokenUri("https://login.salesforce.com/services/oauth2/token")
			.userInfoLoader((request) -> {
				if (!(request.tokenResponse().get("id") instanceof String identity) || identity.isEmpty()) {
					throw new ProviderUnavailableException(request.provider(),
							"Salesforce answered the token request without an identity URL", null);
				}
				return request.getObject(URI.create(identity),
						(headers) -> headers.setBearerAuth(request.accessToken()), "identity");
			})
			.detailsMapper((response) -> SocialDetails.of(Values.string(response, "username"),
					Values.string(response, "email"), Values.string(response, "display_name"),
					Values.string(response, "first_name"), Values.string(response, "last_name"))
				.withEmailVerified(Values.isTrue(response, "email_verified")))
			.build();
	}

}
