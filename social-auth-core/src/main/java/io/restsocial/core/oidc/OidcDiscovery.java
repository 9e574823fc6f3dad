package io.restsocial.core.oidc;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.restsocial.core.error.ProviderUnavailableException;
import io.restsocial.core.http.ProviderHttpClient;

import org.springframework.http.MediaType;

/**
 * An issuer's provider metadata, fetched once from {@code /.well-known/openid-configuration} on
 * first use and kept; its {@code issuer} must be the configured one.
 *
 * @see <a href="https://openid.net/specs/openid-connect-discovery-1_0.html#ProviderConfig">OpenID Connect
 * Discovery 1.0, section 4</a>
 */
public final class OidcDiscovery {

	private final String provider;

	private final String issuer;

	private final ProviderHttpClient http;

	private volatile Map<String, Object> metadata;

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
	 * A metadata value.
	 * @param name the metadata name, such as {@code token_endpoint}
	 * @return the value, or {@code null}
	 */
	public String get(String name) {
		Object value = metadata().get(name);
		return (value instanceof String text) ? text : null;
	}

	/**
	 * A list metadata value.
	 * @param name the metadata name, such as {@code token_endpoint_auth_methods_supported}
	 * @return the values, or {@code null} when absent
	 */
	public List<?> getList(String name) {
		Object value = metadata().get(name);
		return (value instanceof List<?> list) ? list : null;
	}

	private Map<String, Object> metadata() {
		Map<String, Object> result = this.metadata;
		if (result == null) {
			synchronized (this) {
				result = this.metadata;
				if (result == null) {
					String base = this.issuer.endsWith("/") ? this.issuer.substring(0, this.issuer.length() - 1)
							: this.issuer;
					result = this.http
						.get(this.provider, URI.create(base + "/.well-known/openid-configuration"),
								(headers) -> headers.setAccept(List.of(MediaType.APPLICATION_JSON)))
						.readObject(this.provider, "discovery");
					// OpenID Connect Discovery 1.0, section 4.3: the issuers must be identical.
					if (!this.issuer.equals(result.get("issuer"))) {
						throw new ProviderUnavailableException(this.provider, "Provider '" + this.provider
								+ "' published metadata for another issuer than the configured issuer-uri", null);
					}
					this.metadata = result;
				}
			}
		}
		return result;
	}

}
