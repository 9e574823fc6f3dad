package io.restsocial.core.provider.builtin;

import io.restsocial.core.oauth2.OAuth2ProviderDefinition;

/**
 * ORCID's sandbox ({@code orcid-sandbox}): {@code orcid} on {@code sandbox.orcid.org}, with the
 * public records of {@code https://pub.sandbox.orcid.org/v2.0/}; the same uid (the token
 * response's {@code orcid}, required) and details.
 *
 * @see <a href="https://info.orcid.org/documentation/integration-guide/sandbox-vs-production-environments/">ORCID
 * sandbox</a>
 */
public final class OrcidSandboxProvider {

	/** The wire name. */
	public static final String NAME = "orcid-sandbox";

	private OrcidSandboxProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OrcidProvider.builder(NAME, "https://sandbox.orcid.org", "https://pub.sandbox.orcid.org/v2.0/").build();
	}

}
