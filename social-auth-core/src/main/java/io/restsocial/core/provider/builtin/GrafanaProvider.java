package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.SocialDetails;

/**
 * Grafana.com ({@code grafana}): user from {@code https://grafana.com/api/oauth2/user}; the uid
 * is its {@code id}, the username its {@code login}; as in python-social-auth the first name is
 * the {@code name} and the last name is {@code "-"}. Grafana documents no verification of the
 * email, so it counts as unverified. An answer without an {@code id} is refused
 * (python-social-auth would save the uid {@code "None"}, one account for every such login).
 *
 * @see <a href="https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/configure-authentication/grafana-com/">Grafana:
 * Grafana.com OAuth2 authentication</a>
 */
public final class GrafanaProvider {

	/** The wire name. */
	public static final String NAME = "grafana";

	private GrafanaProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri("https://grafana.com/oauth2/authorize")
			.tokenUri("https://grafana.com/api/oauth2/token")
			.userInfoUri("https://grafana.com/api/oauth2/user")
			.scope("profile", "email")
			.scopeSeparator(",")
			.detailsMapper((response) -> new SocialDetails(Values.string(response, "login"),
					Values.string(response, "email"), "", Values.string(response, "name"), "-"))
			.build();
	}

}
