package io.restsocial.boot.observation;

import java.io.IOException;
import java.util.Optional;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.restsocial.boot.security.SocialAuthenticationToken;
import io.restsocial.core.error.LoginPausedException;
import io.restsocial.core.error.ProviderException;
import io.restsocial.core.error.SocialAuthException;
import io.restsocial.core.partial.PartialLogin;
import io.restsocial.core.partial.PartialLoginStore;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.Assert;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Observes each social login the login controller runs: a Micrometer {@link Observation}
 * ({@value DefaultSocialLoginObservationConvention#NAME}, named by a
 * {@link SocialLoginObservationConvention}), and Spring Security's authentication events through an
 * {@link AuthenticationEventPublisher}: an
 * {@link org.springframework.security.authentication.event.AuthenticationSuccessEvent} for a login
 * that logged a user in (its {@link SocialAuthenticationToken}), and a failure event for a refused
 * one (its {@link SocialLoginAttempt}). A paused login and OAuth 1.0a's first step publish no event.
 * <p>
 * A refusal is published as the exception Spring Security's {@code DefaultAuthenticationEventPublisher}
 * maps to an event: an unknown or missing provider as a {@link ProviderNotFoundException}, a
 * provider that failed or timed out (or any failure that is not rest-social-auth's) as an
 * {@link AuthenticationServiceException}, a user the pipeline refused ({@code forbidden},
 * {@code login_stopped}) as a {@link DisabledException}, and every other refusal (a code the
 * provider refused, a bad request) as a {@link BadCredentialsException}. Its message is the
 * failure's, which never holds a code, token or secret, without line breaks; its cause is not kept.
 * <p>
 * With a no-op registry and no event publisher it adds nothing to a login: no context, no
 * request attribute.
 */
public final class SocialLoginObserver {

	/** The {@code kind} of the completion of a paused login, {@code social/complete/}. */
	public static final String COMPLETE = "complete";

	private static final String ATTRIBUTE = SocialLoginObserver.class.getName() + ".login";

	private static final SocialLoginObservationConvention DEFAULT_CONVENTION =
			new DefaultSocialLoginObservationConvention();

	private static final SocialLoginObserver NOOP = new SocialLoginObserver(ObservationRegistry.NOOP, null);

	private final ObservationRegistry registry;

	private final AuthenticationEventPublisher events;

	private SocialLoginObservationConvention convention;

	/**
	 * Create an observer.
	 * @param registry where the observations go; {@link ObservationRegistry#NOOP} for none
	 * @param events what publishes the authentication events, or {@code null} for none
	 */
	public SocialLoginObserver(ObservationRegistry registry, AuthenticationEventPublisher events) {
		Assert.notNull(registry, "registry cannot be null");
		this.registry = registry;
		this.events = events;
	}

	/**
	 * An observer that observes nothing and publishes nothing.
	 * @return the observer
	 */
	public static SocialLoginObserver noop() {
		return NOOP;
	}

	/**
	 * Set the convention that names the observations, instead of
	 * {@link DefaultSocialLoginObservationConvention}.
	 * @param convention the convention, or {@code null} for the default
	 */
	public void setObservationConvention(SocialLoginObservationConvention convention) {
		this.convention = convention;
	}

	/**
	 * Run one login request, observed.
	 * @param <T> what the login answers
	 * @param kind the credential kind of the endpoint, or {@link #COMPLETE}: one of a bounded set,
	 * never taken from the request
	 * @param request the request, which carries the login's state to the other methods of this class
	 * @param login the login
	 * @return what the login answered
	 * @throws IOException when the login does
	 */
	public <T> T observe(String kind, HttpServletRequest request, Login<T> login) throws IOException {
		boolean observing = !this.registry.isNoop();
		if (!observing && this.events == null) {
			return login.run();
		}
		Attempt attempt = new Attempt(kind, observing ? new SocialLoginObservationContext(kind) : null);
		Observation observation = observing ? SocialLoginObservationDocumentation.LOGIN
			.observation(this.convention, DEFAULT_CONVENTION, () -> attempt.context, this.registry)
			.start() : null;
		Observation.Scope scope = (observation != null) ? observation.openScope() : null;
		request.setAttribute(ATTRIBUTE, attempt);
		try {
			T answer = login.run();
			if (attempt.user != null) {
				publishSuccess(attempt);
			}
			return answer;
		}
		catch (Throwable ex) {
			if (observation != null) {
				observation.error(ex);
			}
			if (!(ex instanceof LoginPausedException)) {
				publishFailure(attempt, ex);
			}
			throw ex;
		}
		finally {
			request.removeAttribute(ATTRIBUTE);
			if (observation != null) {
				scope.close();
				observation.stop();
			}
		}
	}

	/**
	 * Note the configured provider the observed login was resolved to.
	 * @param request the login's request
	 * @param provider the provider
	 */
	public void provider(HttpServletRequest request, SocialProvider provider) {
		Attempt attempt = attempt(request);
		if (attempt != null) {
			attempt.provider(provider.name());
		}
	}

	/**
	 * Note that the observed login was a protocol's first step, which logs no one in.
	 * @param request the login's request
	 */
	public void firstStep(HttpServletRequest request) {
		Attempt attempt = attempt(request);
		if (attempt != null && attempt.context != null) {
			attempt.context.setFirstStep(true);
		}
	}

	/**
	 * Note the user the observed login found or created.
	 * @param request the login's request
	 * @param user the user
	 */
	public void user(HttpServletRequest request, SocialUser user) {
		Attempt attempt = attempt(request);
		if (attempt != null) {
			attempt.user = user;
			if (attempt.context != null) {
				attempt.context.setUser(user);
			}
		}
	}

	/**
	 * A store of paused logins that tells the login being completed which provider it is for:
	 * the provider is known only once the paused login is taken out.
	 * @param partials the store
	 * @return the store, observed
	 */
	public static PartialLoginStore observing(PartialLoginStore partials) {
		Assert.notNull(partials, "partials cannot be null");
		return new PartialLoginStore() {

			@Override
			public String save(PartialLogin login) {
				return partials.save(login);
			}

			@Override
			public Optional<PartialLogin> consume(String token) {
				Optional<PartialLogin> login = partials.consume(token);
				if (login.isPresent()) {
					RequestAttributes request = RequestContextHolder.getRequestAttributes();
					Object attempt = (request != null)
							? request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
					if (attempt instanceof Attempt resumed) {
						resumed.provider(login.get().provider());
					}
				}
				return login;
			}

		};
	}

	private Attempt attempt(HttpServletRequest request) {
		if (this.events == null && this.registry.isNoop()) {
			return null;
		}
		return (request.getAttribute(ATTRIBUTE) instanceof Attempt attempt) ? attempt : null;
	}

	private void publishSuccess(Attempt attempt) {
		if (this.events != null) {
			this.events.publishAuthenticationSuccess(SocialAuthenticationToken.authenticated(attempt.user));
		}
	}

	private void publishFailure(Attempt attempt, Throwable ex) {
		if (this.events != null) {
			String provider = (attempt.provider != null) ? attempt.provider
					: DefaultSocialLoginObservationConvention.UNKNOWN;
			this.events.publishAuthenticationFailure(refusal(ex), new SocialLoginAttempt(provider, attempt.kind));
		}
	}

	private static AuthenticationException refusal(Throwable ex) {
		if (!(ex instanceof SocialAuthException failure)) {
			return new AuthenticationServiceException("Social login failed: " + ex.getClass().getSimpleName());
		}
		String message = ProviderException.clean(failure.getMessage());
		return switch (failure.getCode()) {
			case "unknown_provider", "missing_provider" -> new ProviderNotFoundException(message);
			case "provider_unavailable", "provider_timeout" -> new AuthenticationServiceException(message);
			case "forbidden", "login_stopped" -> new DisabledException(message);
			default -> new BadCredentialsException(message);
		};
	}

	/**
	 * One login request.
	 *
	 * @param <T> what it answers
	 */
	@FunctionalInterface
	public interface Login<T> {

		/**
		 * Run the login.
		 * @return what it answers
		 * @throws IOException when the request cannot be read
		 */
		T run() throws IOException;

	}

	/**
	 * What is known of one login so far; the observation's context when there is an observation.
	 */
	private static final class Attempt {

		private final String kind;

		private final SocialLoginObservationContext context;

		private String provider;

		private SocialUser user;

		Attempt(String kind, SocialLoginObservationContext context) {
			this.kind = kind;
			this.context = context;
		}

		void provider(String name) {
			this.provider = name;
			if (this.context != null) {
				this.context.setProvider(name);
			}
		}

	}

}
