package io.restsocial.boot.observation;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * The {@code Authentication} of a refused social login, as its
 * {@link org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent}
 * carries it: the provider (its name is the principal, as no user is known) and the credential
 * kind asked for. It holds nothing the request sent: no code, token or secret.
 */
public final class SocialLoginAttempt extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final String provider;

	private final String kind;

	SocialLoginAttempt(String provider, String kind) {
		super(List.of());
		this.provider = provider;
		this.kind = kind;
	}

	/**
	 * The wire name of the configured provider of the login, or {@code unknown} when the request
	 * named none.
	 * @return the provider
	 */
	@Override
	public String getPrincipal() {
		return this.provider;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public String getName() {
		return this.provider;
	}

	/**
	 * The credential kind of the login's endpoint, or {@code complete}.
	 * @return the kind
	 */
	public String getKind() {
		return this.kind;
	}

}
