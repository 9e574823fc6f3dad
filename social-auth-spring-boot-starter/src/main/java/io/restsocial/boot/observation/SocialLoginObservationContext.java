package io.restsocial.boot.observation;

import io.micrometer.observation.Observation;
import io.restsocial.core.user.SocialUser;

import org.springframework.util.Assert;

/**
 * What a {@link SocialLoginObservationConvention} reads of one social login: the kind of
 * credential it asked for, the configured provider it was resolved to, and how it ended (the
 * failure is the context's {@link #getError() error}).
 * <p>
 * It holds no request field: a code, token or secret of the login never reaches a convention.
 */
public class SocialLoginObservationContext extends Observation.Context {

	private final String kind;

	private String provider;

	private boolean firstStep;

	private SocialUser user;

	/**
	 * Create the context of a login.
	 * @param kind the credential kind of the endpoint, such as {@code token}, or
	 * {@link SocialLoginObserver#COMPLETE} for the completion of a paused login
	 */
	public SocialLoginObservationContext(String kind) {
		Assert.hasText(kind, "kind cannot be empty");
		this.kind = kind;
	}

	/**
	 * The credential kind of the login's endpoint ({@code session}, {@code token},
	 * {@code jwt-pair}, {@code jwt-sliding}, {@code opaque}, an application issuer's own), or
	 * {@link SocialLoginObserver#COMPLETE} for the completion of a paused login: one of the
	 * kinds the application's credential issuers serve, never what the request said.
	 * @return the kind
	 */
	public String getKind() {
		return this.kind;
	}

	/**
	 * The wire name of the configured provider the login was resolved to.
	 * @return the name, or {@code null} while (or when) the request names no configured provider
	 */
	public String getProvider() {
		return this.provider;
	}

	/**
	 * Set the wire name of the configured provider the login was resolved to.
	 * @param provider the name
	 */
	public void setProvider(String provider) {
		this.provider = provider;
	}

	/**
	 * Whether the request was a protocol's first step (OAuth 1.0a's request token), which logs
	 * no one in.
	 * @return whether it was
	 */
	public boolean isFirstStep() {
		return this.firstStep;
	}

	/**
	 * Set whether the request was a protocol's first step.
	 * @param firstStep whether it was
	 */
	public void setFirstStep(boolean firstStep) {
		this.firstStep = firstStep;
	}

	/**
	 * The user the login found or created.
	 * @return the user, or {@code null} while (or when) there is none
	 */
	public SocialUser getUser() {
		return this.user;
	}

	/**
	 * Set the user the login found or created.
	 * @param user the user
	 */
	public void setUser(SocialUser user) {
		this.user = user;
	}

}
