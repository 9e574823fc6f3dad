package io.restsocial.core.login;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.LoginPausedException;
import io.restsocial.core.error.MissingProviderException;
import io.restsocial.core.error.UnknownProviderException;
import io.restsocial.core.pipeline.AuthContext;
import io.restsocial.core.partial.PartialLogin;
import io.restsocial.core.partial.PartialLoginStore;
import io.restsocial.core.pipeline.PausePipelineException;
import io.restsocial.core.pipeline.Pipeline;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.state.ConsumedState;
import io.restsocial.core.state.LoginStateService;
import io.restsocial.core.user.SocialUser;
import io.restsocial.core.user.UserService;

import org.springframework.dao.DuplicateKeyException;
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

	private boolean idTokenNonceRequired;

	private PartialLoginStore partials;

	private UserService users;

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
	 * Refuse a native app's ID token login ({@code id_token} without {@code code}) unless it
	 * presents a state and its ID token carries the nonce this server derived from that state,
	 * so that a token obtained elsewhere (by another app, or replayed) cannot be used to log in.
	 * Call it after {@link #setLoginStates}.
	 * @param required whether such logins need a nonce this server issued
	 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#NonceNotes">OpenID Connect Core
	 * 1.0, section 15.5.2</a>
	 */
	public void setIdTokenNonceRequired(boolean required) {
		Assert.isTrue(this.states != null || !required, "A required ID token nonce needs a LoginStateService");
		this.idTokenNonceRequired = required;
	}

	/**
	 * Keep logins whose pipeline pauses ({@link PausePipelineException}) so that they can be
	 * completed with {@link #resume}.
	 * @param partials where paused logins wait
	 * @param users the users, to find the caller of a paused login again
	 */
	public void setPartialLogins(PartialLoginStore partials, UserService users) {
		Assert.isTrue((partials == null) == (users == null), "partials and users go together");
		this.partials = partials;
		this.users = users;
	}

	/**
	 * Log in with a known provider, for a caller that does not handle two-step protocols.
	 * @param request the login request
	 * @return the user
	 * @throws io.restsocial.core.error.SocialAuthException when the login fails
	 * @throws IllegalStateException when the request is a protocol's first step
	 */
	public SocialUser login(LoginRequest request) {
		return login(request, Function.identity());
	}

	/**
	 * Log in, and complete the login inside the pipeline's transaction (typically by issuing a
	 * credential), so that the user, its account and its credential are written together or not
	 * at all; for a caller that does not handle two-step protocols.
	 * @param <T> the result type
	 * @param request the login request
	 * @param completion what to do with the user inside the transaction
	 * @return what the completion returned
	 * @throws io.restsocial.core.error.SocialAuthException when the login fails
	 * @throws IllegalStateException when the request is a protocol's first step
	 */
	public <T> T login(LoginRequest request, Function<SocialUser, T> completion) {
		LoginResult<T> result = login(resolve(request.provider()), request, "",
				(label, user) -> completion.apply(user));
		if (result instanceof LoginResult.Completed<T> completed) {
			return completed.value();
		}
		throw new IllegalStateException("The request is the first step of provider '" + request.provider()
				+ "''s two-step login: use login(SocialProvider, LoginRequest, String, BiFunction)");
	}

	/**
	 * Run one login request with its provider, looked up once by the caller with
	 * {@link #resolve}: a protocol's first step (an OAuth 1.0a login without an
	 * {@code oauth_token}) is performed and its answer returned, with no user involved;
	 * otherwise the login completes as {@link #login(LoginRequest, Function)} does, and a login
	 * whose pipeline pauses is kept with the label, handed back with it when
	 * {@link #resume resumed}.
	 * @param <T> the result type
	 * @param provider the provider of the request, from {@link #resolve}
	 * @param request the login request
	 * @param label what to be told again when a paused login is resumed, such as the endpoint
	 * @param completion what to do with the label and the user inside the transaction
	 * @return the first step's answer, or what the completion returned
	 * @throws LoginPausedException when the pipeline paused; it carries the partial token
	 * @throws io.restsocial.core.error.SocialAuthException when the login fails
	 */
	public <T> LoginResult<T> login(SocialProvider provider, LoginRequest request, String label,
			BiFunction<String, SocialUser, T> completion) {
		Assert.isTrue(provider.name().equals(request.provider()), "request must be for the provider");
		if (provider.isFirstStep(request)) {
			return new LoginResult.FirstStep<>(provider.firstStep(request)
				.orElseThrow(() -> new IllegalStateException("Provider '" + provider.name() + "' took a first step "
						+ "and answered nothing")));
		}
		ConsumedState state = checkState(provider, request);
		LoginRequest checked = (state != null) ? request.withState(state) : request;
		checkIdTokenNonce(checked);
		// Network calls stay outside the transaction: no connection is held while a provider is slow.
		Map<String, Object> response = provider.fetchUserData(checked);
		return new LoginResult.Completed<>(run(provider, checked, state, response, Map.of(), label, completion));
	}

	/**
	 * Complete a paused login: run the pipeline again on the provider's kept response, with
	 * what the user submitted; the provider is not called again.
	 * @param <T> the result type
	 * @param partialToken the partial token
	 * @param submitted the fields the user submitted
	 * @param completion what to do with the kept label and the user inside the transaction
	 * @return what the completion returned
	 * @throws InvalidRequestException when the token is unknown, used or expired
	 * @throws LoginPausedException when the pipeline paused again
	 */
	public <T> T resume(String partialToken, Map<String, String> submitted,
			BiFunction<String, SocialUser, T> completion) {
		Assert.state(this.partials != null, "No PartialLoginStore: logins cannot pause");
		PartialLogin partial = this.partials.consume(partialToken)
			.orElseThrow(() -> new InvalidRequestException(
					"'partial_token' is unknown, expired or already used: start the login again", "partial_token"));
		SocialProvider provider = resolve(partial.provider());
		SocialUser caller = (partial.currentUserId() != null)
				? this.users.findById(partial.currentUserId()).orElse(null) : null;
		LoginRequest request = LoginRequest.builder(provider.name()).currentUser(caller).build();
		return run(provider, request, null, partial.response(), submitted, partial.label(), completion);
	}

	private <T> T run(SocialProvider provider, LoginRequest request, ConsumedState state,
			Map<String, Object> response, Map<String, String> submitted, String label,
			BiFunction<String, SocialUser, T> completion) {
		try {
			return runOnce(provider, request, state, response, submitted, label, completion);
		}
		catch (DuplicateKeyException ex) {
			// Two first logins of one account raced: the other one has committed the user and the
			// account now, so running the pipeline again finds them.
			return runOnce(provider, request, state, response, submitted, label, completion);
		}
	}

	private <T> T runOnce(SocialProvider provider, LoginRequest request, ConsumedState state,
			Map<String, Object> response, Map<String, String> submitted, String label,
			BiFunction<String, SocialUser, T> completion) {
		try {
			return this.transactions.execute((status) -> {
				if (state != null) {
					// In the transaction: a login that fails leaves its state unused, and of two
					// logins racing with one state only one commits.
					this.states.consume(state);
				}
				AuthContext context = new AuthContext(provider, request, response);
				context.setSubmitted(submitted);
				this.pipeline.run(context);
				if (context.getUser() == null) {
					throw new AuthForbiddenException("The login pipeline ended without a user");
				}
				if (!context.getUser().active()) {
					// As python-social-auth after its pipeline: nothing of the login is kept.
					throw new AuthForbiddenException("This account is inactive");
				}
				return completion.apply(label, context.getUser());
			});
		}
		catch (PausePipelineException pause) {
			// The transaction has rolled back: the login is kept whole, and runs again on completion.
			if (this.partials == null) {
				throw new InvalidRequestException(pause.getMessage(), pause.getFields(), pause);
			}
			PartialLogin paused = new PartialLogin(provider.name(), label, response,
					(request.currentUser() != null) ? request.currentUser().idAsString() : null);
			String token = this.transactions.execute((status) -> {
				if (state != null) {
					// Used up now, as a completed login uses it: the completion runs without it, and
					// the code it came back with must not log in again with it.
					this.states.consume(state);
				}
				return this.partials.save(paused);
			});
			throw new LoginPausedException(pause.getMessage(), pause.getFields(), token);
		}
	}

	private ConsumedState checkState(SocialProvider provider, LoginRequest request) {
		if (!provider.usesState()) {
			return null;
		}
		if (request.state() == null) {
			if (this.stateRequired) {
				throw new InvalidRequestException(
						"'state' is required: get one from the state endpoint before sending the user to the provider",
						"state");
			}
			if (this.states != null && request.browser() && request.currentUser() != null) {
				// A login that links an account to the caller: without a state bound to this browser, its
				// code, ID token, access token or signed request could be the attacker's own, fed to the
				// victim's front-end by a crafted callback URL.
				throw new InvalidRequestException("'state' is required to link an account from a browser: "
						+ "get one from the state endpoint before sending the user to the provider", "state");
			}
			return null;
		}
		if (this.states == null) {
			return null;
		}
		return this.states.verify(provider.name(), request.state(), request.stateBinding(), request.browser());
	}

	private void checkIdTokenNonce(LoginRequest request) {
		if (!this.idTokenNonceRequired || !StringUtils.hasText(request.idToken()) || StringUtils.hasText(request.code())
				|| request.nonce() != null) {
			return;
		}
		if (request.state() == null) {
			throw new InvalidRequestException("An 'id_token' login needs a 'state' from the state endpoint: the ID "
					+ "token must carry the nonce issued with it", "state");
		}
		throw new InvalidRequestException(
				"An 'id_token' login needs a nonce this server issued, and this provider's states carry none",
				"id_token");
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
