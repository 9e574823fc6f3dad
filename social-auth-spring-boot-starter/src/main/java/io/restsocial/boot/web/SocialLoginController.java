package io.restsocial.boot.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.core.login.LoginRequest;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.Assert;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The social login endpoints under {@code rest.social.base-path}: each takes a provider's code
 * (the provider named as the last path segment or in the body; the path wins), logs the user in
 * and answers with the credential of its kind.
 * <p>
 * Subclass it and declare the subclass as a bean to change the user JSON: override
 * {@link #serializeUser(SocialUser)}. The default writes django-rest-social-auth's fields
 * {@code id}, {@code username}, {@code email}, {@code first_name} and {@code last_name}.
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class SocialLoginController {

	private final SocialAuthenticator authenticator;

	private final RedirectUriResolver redirectUris;

	private final CredentialIssuer session;

	private final CredentialIssuer token;

	private final JsonMapper json;

	/**
	 * Create the controller.
	 * @param authenticator what logs in
	 * @param redirectUris what decides the redirect URI
	 * @param session the issuer of the session endpoint
	 * @param token the issuer of the token endpoints
	 * @param json the mapper that reads JSON bodies
	 */
	public SocialLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
			CredentialIssuer session, CredentialIssuer token, JsonMapper json) {
		Assert.notNull(authenticator, "authenticator cannot be null");
		Assert.notNull(redirectUris, "redirectUris cannot be null");
		Assert.notNull(session, "session cannot be null");
		Assert.notNull(token, "token cannot be null");
		Assert.notNull(json, "json cannot be null");
		this.authenticator = authenticator;
		this.redirectUris = redirectUris;
		this.session = session;
		this.token = token;
		this.json = json;
	}

	/**
	 * Log in and start an HTTP session; answers the user.
	 * @param provider the provider from the path, or {@code null}
	 * @param request the request
	 * @param response the response
	 * @return the user
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/social/session", "/social/session/", "/social/session/{provider}",
			"/social/session/{provider}/" })
	public LoginResponse session(@PathVariable(required = false) String provider, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return login(provider, request, response, this.session, true);
	}

	/**
	 * Log in; answers {@code {"token": ...}}, the user's stored token.
	 * @param provider the provider from the path, or {@code null}
	 * @param request the request
	 * @param response the response
	 * @return the token JSON
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/social/token", "/social/token/", "/social/token/{provider}", "/social/token/{provider}/" })
	public LoginResponse token(@PathVariable(required = false) String provider, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return login(provider, request, response, this.token, false);
	}

	/**
	 * Log in; answers the user JSON plus {@code "token"}.
	 * @param provider the provider from the path, or {@code null}
	 * @param request the request
	 * @param response the response
	 * @return the user and token JSON
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/social/token_user", "/social/token_user/", "/social/token_user/{provider}",
			"/social/token_user/{provider}/" })
	public LoginResponse tokenUser(@PathVariable(required = false) String provider,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		return login(provider, request, response, this.token, true);
	}

	/**
	 * Answers 405 to any other method on a login endpoint, with the same problem body as every
	 * other error.
	 * @param request the request
	 * @throws HttpRequestMethodNotSupportedException always
	 */
	@RequestMapping(method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE },
			path = { "/social/session", "/social/session/", "/social/session/{provider}", "/social/session/{provider}/",
					"/social/token", "/social/token/", "/social/token/{provider}", "/social/token/{provider}/",
					"/social/token_user", "/social/token_user/", "/social/token_user/{provider}",
					"/social/token_user/{provider}/" })
	public void methodNotAllowed(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), Set.of("POST"));
	}

	/**
	 * Run one login: read the body, log in, and issue the credential in the login's transaction.
	 * @param pathProvider the provider from the path, or {@code null}
	 * @param request the request
	 * @param response the response
	 * @param issuer the credential issuer of the endpoint
	 * @param withUser whether the answer includes the user JSON
	 * @return the response body
	 * @throws IOException when the body cannot be read
	 */
	protected LoginResponse login(String pathProvider, HttpServletRequest request, HttpServletResponse response,
			CredentialIssuer issuer, boolean withUser) throws IOException {
		LoginBody body = LoginBody.read(request, this.json);
		String provider = (pathProvider != null) ? pathProvider : body.get("provider");
		// Resolve first so that a missing or unknown provider is reported before any field.
		this.authenticator.resolve(provider);
		LoginRequest login = new LoginRequest(provider, body.get("code"),
				this.redirectUris.resolve(body.get("redirect_uri"), provider, request), body.get("code_verifier"),
				body.get("state"), body.get("oauth_token"), body.get("oauth_verifier"), body.get("id_token"),
				body.get("access_token"), currentUser());
		return this.authenticator.authenticate(login, (user) -> {
			Map<String, Object> answer = new LinkedHashMap<>();
			if (withUser) {
				answer.putAll(serializeUser(user));
			}
			answer.putAll(issuer.issue(user, request, response));
			return new LoginResponse(answer);
		});
	}

	/**
	 * Write the user to JSON. Override to change the user JSON of every login endpoint.
	 * @param user the user
	 * @return the JSON fields
	 */
	protected Map<String, Object> serializeUser(SocialUser user) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", user.id());
		fields.put("username", user.username());
		fields.put("email", user.email());
		fields.put("first_name", user.firstName());
		fields.put("last_name", user.lastName());
		return fields;
	}

	/**
	 * The user this request is already authenticated as, to whom a new social account is linked.
	 * @return the user, or {@code null}
	 */
	protected SocialUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof SocialUser user) ? user : null;
	}

}
