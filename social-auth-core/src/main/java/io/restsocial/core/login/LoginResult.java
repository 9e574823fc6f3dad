package io.restsocial.core.login;

import java.util.Map;

import org.springframework.util.Assert;

/**
 * What one login request came to: the first step of a two-step protocol (OAuth 1.0a's request
 * token, which goes back to the front-end with no user involved), or a completed login.
 *
 * @param <T> what a completed login's completion returned
 * @see SocialAuthenticator#login(io.restsocial.core.provider.SocialProvider,
 * io.restsocial.core.provider.LoginRequest, String, java.util.function.BiFunction)
 */
public sealed interface LoginResult<T> {

	/**
	 * A first step was performed.
	 *
	 * @param <T> what a completion would have returned
	 * @param answer what the front-end needs to send the user on, such as {@code oauth_token}
	 */
	record FirstStep<T>(Map<String, Object> answer) implements LoginResult<T> {

		/**
		 * Create a first step's result.
		 * @param answer what the front-end needs to send the user on
		 */
		public FirstStep {
			Assert.notNull(answer, "answer cannot be null");
			answer = Map.copyOf(answer);
		}

	}

	/**
	 * The login completed: the pipeline found its user and the completion ran in its
	 * transaction.
	 *
	 * @param <T> what the completion returned
	 * @param value what the completion returned
	 */
	record Completed<T>(T value) implements LoginResult<T> {

	}

}
