package io.restsocial.core.provider.builtin;

import java.util.Map;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * DigitalOcean ({@code digitalocean}): user from {@code /v2/account}; the uid is
 * {@code account.uuid}, the username and email {@code account.email}, verified by the account's
 * {@code email_verified}. As python-social-auth reads the name from the response's top level,
 * where DigitalOcean sends none, there are no names.
 *
 * @see <a href="https://docs.digitalocean.com/reference/api/oauth/">DigitalOcean OAuth API</a>
 */
public final class DigitalOceanProvider {

	/** The wire name. */
	public static final String NAME = "digitalocean";

	private DigitalOceanProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://cloud.digitalocean.com/v1/oauth/authorize")
			.tokenUri("https://cloud.digitalocean.com/v1/oauth/token")
			.userInfoUri("https://api.digitalocean.com/v2/account")
			.detailsMapper((response) -> {
				Map<?, ?> account = Values.map(response, "account");
				String email = Values.string(account, "email");
				return SocialDetails.of(email, email, Values.string(response, "name"), null, null)
					.withEmailVerified(Values.isTrue(account, "email_verified"));
			})
			.userIdMapper((details, response) -> Values.map(response, "account").get("uuid"))
			.build();
	}

}
