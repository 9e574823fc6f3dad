package io.restsocial.boot.credential;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.util.Assert;

/**
 * The table of login endpoints, made from the {@link CredentialIssuer}s: each endpoint name the
 * issuers serve, with its issuer and whether it answers the user. The login controller serves it,
 * and the starter's filter chain protects the same names.
 */
public final class LoginEndpoints {

	/**
	 * The names under {@code {base}/social/} that are the starter's companion endpoints, not
	 * logins: no issuer may serve them.
	 */
	public static final List<String> RESERVED = List.of("csrf", "state", "complete", "accounts");

	private final Map<String, Endpoint> endpoints;

	private LoginEndpoints(Map<String, Endpoint> endpoints) {
		this.endpoints = Collections.unmodifiableMap(endpoints);
	}

	/**
	 * Make the table of the endpoints the issuers serve.
	 * @param issuers the issuers
	 * @return the table
	 * @throws IllegalStateException when two issuers serve one name, or an issuer serves none or a
	 * {@link #RESERVED reserved} one
	 */
	public static LoginEndpoints of(Collection<? extends CredentialIssuer> issuers) {
		Assert.notNull(issuers, "issuers cannot be null");
		Map<String, Endpoint> endpoints = new LinkedHashMap<>();
		for (CredentialIssuer issuer : issuers) {
			List<CredentialEndpoint> served = issuer.endpoints();
			if (served == null || served.isEmpty()) {
				throw new IllegalStateException(
						"CredentialIssuer " + describe(issuer) + " serves no login endpoint: its endpoints() is empty");
			}
			for (CredentialEndpoint endpoint : served) {
				if (RESERVED.contains(endpoint.name())) {
					throw new IllegalStateException("CredentialIssuer " + describe(issuer) + " cannot serve 'social/"
							+ endpoint.name() + "/': the names " + RESERVED
							+ " are the starter's companion endpoints, not logins");
				}
				Endpoint previous = endpoints.putIfAbsent(endpoint.name(), new Endpoint(endpoint, issuer));
				if (previous != null) {
					throw new IllegalStateException("Two CredentialIssuer beans serve the login endpoint 'social/"
							+ endpoint.name() + "/': " + describe(previous.issuer()) + " and " + describe(issuer)
							+ "; give one of them other endpoints(), or replace the other");
				}
			}
		}
		return new LoginEndpoints(endpoints);
	}

	private static String describe(CredentialIssuer issuer) {
		return issuer.getClass().getName() + " (kind '" + issuer.kind() + "')";
	}

	/**
	 * The names of the login endpoints, such as {@code token_user}: each is served at
	 * {@code {base}/social/<name>/}.
	 * @return the names, in the order of the issuers
	 */
	public Set<String> names() {
		return this.endpoints.keySet();
	}

	/**
	 * The names of the login endpoints that issuers of one kind serve.
	 * @param kind the kind, such as {@link CredentialIssuer#SESSION}
	 * @return the names, empty when no issuer is of the kind
	 */
	public Set<String> namesOf(String kind) {
		Set<String> names = new LinkedHashSet<>();
		this.endpoints.forEach((name, endpoint) -> {
			if (kind.equals(endpoint.issuer().kind())) {
				names.add(name);
			}
		});
		return names;
	}

	/**
	 * The login endpoint of a name.
	 * @param name the name, such as {@code token_user}
	 * @return the endpoint, or empty when no issuer serves it
	 */
	public Optional<Endpoint> find(String name) {
		return Optional.ofNullable(this.endpoints.get(name));
	}

	/**
	 * One login endpoint and the issuer that serves it.
	 *
	 * @param endpoint the endpoint
	 * @param issuer the issuer
	 */
	public record Endpoint(CredentialEndpoint endpoint, CredentialIssuer issuer) {

		/**
		 * The endpoint's name.
		 * @return the name
		 */
		public String name() {
			return this.endpoint.name();
		}

		/**
		 * Whether the endpoint answers the user besides the credential.
		 * @return whether it does
		 */
		public boolean withUser() {
			return this.endpoint.withUser();
		}

	}

}
