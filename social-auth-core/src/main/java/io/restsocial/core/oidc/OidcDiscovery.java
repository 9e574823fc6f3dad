package io.restsocial.core.oidc;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;

import org.springframework.http.MediaType;

/**
 * Fetches an issuer's provider metadata from {@code /.well-known/openid-configuration} through
 * the {@link ProviderHttpClient} (with its timeouts, size cap and failure mapping, which Spring's
 * {@code ClientRegistrations.fromIssuerLocation} does without); its {@code issuer} must be the
 * configured one. The caller keeps what it makes of it.
 *
 * @see <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig">OpenID Connect
 * Discovery 1.0, section 4</a>
 */
public final class OidcDiscovery {

	private final String provider;

	private final String issuer;

	private final ProviderHttpClient http;

	/**
	 * Create the discovery of an issuer.
	 * @param provider the provider name, for messages
	 * @param issuer the issuer
	 * @param http the client for the fetch
	 */
	public OidcDiscovery(String provider, String issuer, ProviderHttpClient http) {
		this.provider = provider;
		this.issuer = issuer;
		this.http = http;
	}

	/**
	 * Fetch the metadata.
	 * @return the metadata
	 * @throws ProviderUnavailableException when the issuer cannot be reached, answers no
	 * readable metadata, or metadata for another issuer
	 */
	public Map<String, Object> fetch() {
		String base = this.issuer.endsWith("/") ? this.issuer.substring(0, this.issuer.length() - 1) : this.issuer;
		Map<String, Object> metadata = this.http
			.get(this.provider, URI.create(base + "/.well-known/openid-configuration"),
					(headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
			.readObject(this.provider, "discovery");
		// OpenID Connect Discovery 1.0, section 4.3: the issuers must be identical.
		if (!this.issuer.equals(metadata.get("issuer"))) {
			throw new ProviderUnavailableException(this.provider, "Provider '" + this.provider
					+ "' published metadata for another issuer than the registration's issuer URI", null);
		}
		return metadata;
	}

}
