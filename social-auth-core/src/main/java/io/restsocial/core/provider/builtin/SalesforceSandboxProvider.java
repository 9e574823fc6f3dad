package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * Salesforce sandboxes ({@code salesforce-oauth2-sandbox}): {@code salesforce-oauth2} on
 * {@code test.salesforce.com}, the same identity URL (the token response's {@code id}, also the
 * uid) and details.
 *
 * @see <a href="https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_web_server_flow.htm">Salesforce
 * OAuth 2.0 web server flow</a>
 */
public final class SalesforceSandboxProvider {

	/** The wire name. */
	public static final String NAME = "salesforce-oauth2-sandbox";

	private SalesforceSandboxProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(SalesforceProvider.definition())
			.name(NAME)
			.authorizationUri("https://test.salesforce.com/services/oauth2/authorize")
			.tokenUri("https://test.salesforce.com/services/oauth2/token")
			.build();
	}

}
