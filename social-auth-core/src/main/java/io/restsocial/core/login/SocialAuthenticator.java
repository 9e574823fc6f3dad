package io.restsocial.core.login;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.MissingProviderException;
import io.restsocial.core.error.UnknownProviderException;
import io.restsocial.core.pipeline.AuthContext;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.state.LoginStateService;
import io.restsocial.core.user.SocialUser;

import org.springframework.transaction.support.TransactionOperations;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * The single entry point of a login: resolves the provider, lets it talk to the provider's
 * servers, then runs the pipeline and whatever issues the credential in one transaction, so that
 * a failing login writes nothing.
 */
public final class SocialAuthenticator {

	private final ProviderRegistry providers;

	private final Pipeline pipeline;

	private final TransactionOperations transactions;

	private LoginStateService states;

	private boolean stateRequired;

	/**
	 * Create an authenticator.
	 * @param providers the configured providers
	 * @param pipeline the user pipeline
	 * @param transactions how the pipeline is made atomic
	 */
	public SocialAuthenticator(ProviderRegistry providers, Pipeline pipeline, TransactionOperations transactions) {
		Assert.notNull(providers, "providers cannot be null");
		Assert.notNull(pipeline, "pipeline cannot be null");
		Assert.notNull(transactions, "transactions cannot be null");
		this.providers = providers;
		this.pipeline = pipeline;
		this.transactions = transactions;
	}

	/**
	 * Check states: a login that carries a {@code state} must carry one issued by this service,
	 * unused and for its provider; with {@code required}, a login without one is refused too
	 * (for providers that use states).
	 * @param states the state service
	 * @param required whether every login must carry a state
	 */
	public void setLoginStates(LoginStateService states, boolean required) {
		Assert.isTrue(states != null || !required, "A required state needs a LoginStateService");
		this.states = states;
		this.stateRequired = required;
	}

	/**
	 * Perform a protocol's first step when the request is one (an OAuth 1.0a login without an
	 * {@code oauth_token}): its answer goes back to the front-end, and no user is involved.
	 * @param request the login request
	 * @return the first step's answer, or empty when the request is a completion
	 */
	public Optional<Map<String, Object>> firstStep(LoginRequest request) {
		return resolve(request.provider()).firstStep(request);
	}

	/**
	 * Log in.
	 * @param request the login request
	 * @return the user
	 * @throws io.restsocial.core.error.SocialAuthException when the login fails
	 */
	public SocialUser authenticate(LoginRequest request) {
		return authenticate(request, Function.identity());
	}

	/**
	 * Log in, and complete the login inside the pipeline's transaction (typically by issuing a
	 * credential), so that the user, its account and its credential are written together or not
	 * at all.
	 * @param <T> the result type
	 * @param request the login request
	 * @param completion what to do with the user inside the transaction
	 * @return what the completion returned
	 * @throws io.restsocial.core.error.SocialAuthException when the login fails
	 */
	public <T> T authenticate(LoginRequest request, Function<SocialUser, T> completion) {
		SocialProvider provider = resolve(request.provider());
		LoginRequest checked = checkState(provider, request);
		// Network calls stay outside the transaction: no connection is held while a provider is slow.
		Map<String, Object> response = provider.authenticate(checked);
		return this.transactions.execute((status) -> {
			AuthContext context = new AuthContext(provider, checked, response);
			this.pipeline.run(context);
			if (context.getUser() == null) {
				throw new AuthForbiddenException("The login pipeline ended without a user");
			}
			return completion.apply(context.getUser());
		});
	}

	private LoginRequest checkState(SocialProvider provider, LoginRequest request) {
		if (!provider.usesState()) {
			return request;
		}
		if (request.state() == null) {
			if (this.stateRequired) {
				throw new InvalidRequestException(
						"'state' is required: get one from the state endpoint before sending the user to the provider",
						"state");
			}
			return request;
		}
		if (this.states == null) {
			return request;
		}
		return request.withState(this.states.consume(provider.name(), request.state()));
	}

	/**
	 * Find the configured provider of a name.
	 * @param name the wire name, may be {@code null}
	 * @return the provider
	 * @throws MissingProviderException when the name is empty
	 * @throws UnknownProviderException when no such provider is configured
	 */
	public SocialProvider resolve(String name) {
		if (!StringUtils.hasText(name)) {
			throw new MissingProviderException();
		}
		return this.providers.find(name).orElseThrow(() -> new UnknownProviderException(name));
	}

}
