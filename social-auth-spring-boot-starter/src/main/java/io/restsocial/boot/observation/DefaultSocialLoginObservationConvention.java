package io.restsocial.boot.observation;

import java.util.Set;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.restsocial.boot.observation.SocialLoginObservationDocumentation.LowCardinalityKeyNames;
import io.restsocial.core.error.SocialAuthException;

import org.springframework.dao.DuplicateKeyException;

/**
 * The default names of a social login's observation: {@value #NAME}, with the low-cardinality
 * key values {@code provider}, {@code kind} and {@code outcome} (see
 * {@link SocialLoginObservationDocumentation}). Every value is one of a set the configuration
 * bounds: a provider name that is not configured is {@code unknown}, and an error code that is not
 * one of rest-social-auth's is {@code error}.
 */
public class DefaultSocialLoginObservationConvention implements SocialLoginObservationConvention {

	/** The name of the observation, and of the timer it makes. */
	public static final String NAME = "rest.social.login";

	/** The {@code provider} of a login that named no configured provider. */
	public static final String UNKNOWN = "unknown";

	/** The {@code outcome} of a login that logged a user in. */
	public static final String SUCCESS = "success";

	/** The {@code outcome} of OAuth 1.0a's first step, which answers a request token. */
	public static final String FIRST_STEP = "first_step";

	/** The {@code outcome} of a failure that carries none of rest-social-auth's error codes. */
	public static final String ERROR = "error";

	/**
	 * The {@code outcome} of a login still running, as the long task timer
	 * ({@code rest.social.login.active}) shows it.
	 */
	public static final String IN_PROGRESS = "in_progress";

	// The codes of the error table (SocialProblems), and the two that answer no problem: a stop
	// with a pipeline step's own status, and a pause. An application's own code counts as ERROR.
	private static final Set<String> CODES = Set.of("invalid_request", "missing_provider", "provider_refused",
			"invalid_credential", "invalid_token", "authentication_required", "forbidden", "csrf", "access_denied",
			"unknown_provider", "not_found", "method_not_allowed", "already_associated", "last_account",
			"concurrent_login", "payload_too_large", "unsupported_media_type", "request_rejected",
			"provider_unavailable", "provider_timeout", "login_stopped", "login_paused");

	private static final KeyValue UNKNOWN_PROVIDER = KeyValue.of(LowCardinalityKeyNames.PROVIDER, UNKNOWN);

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(SocialLoginObservationContext context) {
		return "social login " + context.getKind();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(SocialLoginObservationContext context) {
		return KeyValues.of(provider(context), kind(context), outcome(context));
	}

	/**
	 * The {@code provider} key value.
	 * @param context the login
	 * @return the provider's wire name, or {@value #UNKNOWN}
	 */
	protected KeyValue provider(SocialLoginObservationContext context) {
		String provider = context.getProvider();
		return (provider != null) ? KeyValue.of(LowCardinalityKeyNames.PROVIDER, provider) : UNKNOWN_PROVIDER;
	}

	/**
	 * The {@code kind} key value.
	 * @param context the login
	 * @return the credential kind
	 */
	protected KeyValue kind(SocialLoginObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.KIND, context.getKind());
	}

	/**
	 * The {@code outcome} key value.
	 * @param context the login
	 * @return {@value #SUCCESS} once there is a user, {@value #FIRST_STEP}, an error code,
	 * {@value #ERROR}, or {@value #IN_PROGRESS}
	 */
	protected KeyValue outcome(SocialLoginObservationContext context) {
		return KeyValue.of(LowCardinalityKeyNames.OUTCOME, outcomeOf(context));
	}

	private static String outcomeOf(SocialLoginObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return context.isFirstStep() ? FIRST_STEP : (context.getUser() != null) ? SUCCESS : IN_PROGRESS;
		}
		if (error instanceof SocialAuthException failure && CODES.contains(failure.getCode())) {
			return failure.getCode();
		}
		// Two first logins of one account raced twice: the exception handler's concurrent_login.
		return (error instanceof DuplicateKeyException) ? "concurrent_login" : ERROR;
	}

}
