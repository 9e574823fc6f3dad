package io.restsocial.boot.web;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.credential.LoginEndpoints;
import io.restsocial.boot.observation.SocialLoginObserver;
import io.restsocial.boot.security.ProvenCaller;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.error.LoginPausedException;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.login.LoginResult;
import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.Assert;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The social login endpoints, {@code POST {base}/social/<endpoint>/[<provider>/]}: each takes a
 * provider's code (the provider named as the last path segment or in the body; the path wins),
 * logs the user in, and answers with the credential of its kind, with or without the user. An
 * OAuth 1.0a login takes two requests: without {@code oauth_token} it answers
 * {@code {"oauth_token", "oauth_callback_confirmed"}}; with {@code oauth_token} and
 * {@code oauth_verifier} it logs in. A browser's two requests are tied by the state cookie
 * ({@link LoginStateCookie}): the request token is bound to the browser that got it.
 *
 * <table>
 * <caption>Endpoints</caption>
 * <tr><th>endpoint</th><th>answers</th></tr>
 * <tr><td>{@code session}</td><td>the user, and a session cookie</td></tr>
 * <tr><td>{@code token}, {@code token_user}</td><td>the stored token (and the user)</td></tr>
 * <tr><td>{@code jwt-pair}, {@code jwt-pair-user}</td><td>access and refresh JWTs (and the user)</td></tr>
 * <tr><td>{@code jwt-sliding}, {@code jwt-sliding-user}</td><td>a sliding JWT (and the user)</td></tr>
 * <tr><td>{@code opaque}, {@code opaque_user}</td><td>an opaque token and its expiry (and the user)</td></tr>
 * </table>
 * <p>
 * These are the endpoints of the starter's {@link CredentialIssuer}s: the table is made from the
 * issuer beans ({@link LoginEndpoints}), so an application's own issuer bean adds its endpoints.
 * <p>
 * The user JSON is the {@link SocialUserJson} bean's, which changes it for every endpoint at once;
 * by default django-rest-social-auth's fields {@code id}, {@code username}, {@code email},
 * {@code first_name} and {@code last_name}. To change the login answers alone, subclass this
 * controller, override {@link #serializeUser(SocialUser)} and declare the subclass as a bean.
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class SocialLoginController {

	private final SocialAuthenticator authenticator;

	private final RedirectUriResolver redirectUris;

	private final LoginEndpoints endpoints;

	private final JsonMapper json;

	private LoginStateCookie stateCookie;

	private RequestLimits limits = RequestLimits.defaults();

	private SocialUserJson userJson = SocialUserJson.defaults();

	private SocialLoginObserver observer = SocialLoginObserver.noop();

	/**
	 * Create the controller.
	 * @param authenticator what logs in
	 * @param redirectUris what decides the redirect URI
	 * @param issuers the credential issuers, whose endpoints this controller serves
	 * @param json the mapper that reads JSON bodies
	 * @throws IllegalStateException when two issuers serve one endpoint name, or one serves a
	 * reserved name (see {@link LoginEndpoints#of})
	 */
	public SocialLoginController(SocialAuthenticator authenticator, RedirectUriResolver redirectUris,
			Collection<? extends CredentialIssuer> issuers, JsonMapper json) {
		Assert.notNull(authenticator, "authenticator cannot be null");
		Assert.notNull(redirectUris, "redirectUris cannot be null");
		Assert.notNull(issuers, "issuers cannot be null");
		Assert.notNull(json, "json cannot be null");
		this.authenticator = authenticator;
		this.redirectUris = redirectUris;
		this.endpoints = LoginEndpoints.of(issuers);
		this.json = json;
	}

	/**
	 * The login endpoints this controller serves, made from its issuers: each is served at
	 * {@code {base}/social/<name>/}, and the starter's filter chain protects the same names.
	 * @return the endpoints
	 */
	public LoginEndpoints loginEndpoints() {
		return this.endpoints;
	}

	/**
	 * Set what reads the state cookie that binds a login's state to the browser; without it, a
	 * login is taken to come from a client that is not a browser.
	 * @param stateCookie the state cookie, or {@code null}
	 */
	@Autowired(required = false)
	public void setLoginStateCookie(LoginStateCookie stateCookie) {
		this.stateCookie = stateCookie;
	}

	/**
	 * Set how much of a request body is read, and how long each field may be; the
	 * {@link RequestLimits} bean when there is one, {@link RequestLimits#defaults()} otherwise.
	 * @param limits the limits
	 */
	@Autowired(required = false)
	public void setRequestLimits(RequestLimits limits) {
		Assert.notNull(limits, "limits cannot be null");
		this.limits = limits;
	}

	/**
	 * Set how the user is written to JSON; the {@link SocialUserJson} bean when there is one,
	 * {@link SocialUserJson#defaults()} otherwise.
	 * @param userJson the user JSON
	 */
	@Autowired(required = false)
	public void setUserJson(SocialUserJson userJson) {
		Assert.notNull(userJson, "userJson cannot be null");
		this.userJson = userJson;
	}

	/**
	 * Set what observes each login (a Micrometer observation, Spring Security's authentication
	 * events); the {@link SocialLoginObserver} bean when there is one, none otherwise.
	 * @param observer the observer
	 */
	@Autowired(required = false)
	public void setLoginObserver(SocialLoginObserver observer) {
		Assert.notNull(observer, "observer cannot be null");
		this.observer = observer;
	}

	/**
	 * Log in and answer the credential of the endpoint.
	 * @param endpoint the endpoint name, such as {@code token_user}
	 * @param provider the provider from the path, or {@code null}
	 * @param request the request
	 * @param response the response
	 * @return the user and credential JSON
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/social/{endpoint}", "/social/{endpoint}/", "/social/{endpoint}/{provider}",
			"/social/{endpoint}/{provider}/" })
	public LoginResponse login(@PathVariable String endpoint, @PathVariable(required = false) String provider,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		String kind = endpoint(endpoint).issuer().kind();
		return this.observer.observe(kind, request, () -> runLogin(endpoint, provider, request, response));
	}

	/**
	 * Complete a login whose pipeline paused: {@code partial_token} and the fields the pause
	 * asked for; answers what the original login endpoint would have.
	 * @param request the request
	 * @param response the response
	 * @return the user and credential JSON of the original endpoint
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/social/complete", "/social/complete/" })
	public LoginResponse complete(HttpServletRequest request, HttpServletResponse response) throws IOException {
		return this.observer.observe(SocialLoginObserver.COMPLETE, request, () -> resume(request, response));
	}

	private LoginResponse resume(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, String> submitted = new LinkedHashMap<>(RequestFields.readAll(request, this.json, this.limits));
		String token = submitted.remove("partial_token");
		if (token == null || token.isBlank()) {
			throw new InvalidRequestException("'partial_token' is required: the token the paused login answered",
					"partial_token");
		}
		return this.authenticator.resume(token, submitted, (endpoint, user) -> answer(endpoint, user, request, response));
	}

	/**
	 * Answers 405 to any other method on a login endpoint, with the same problem body as every
	 * other error.
	 * @param request the request
	 * @throws HttpRequestMethodNotSupportedException always
	 */
	@RequestMapping(method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE },
			path = { "/social/{endpoint}", "/social/{endpoint}/", "/social/{endpoint}/{provider}",
					"/social/{endpoint}/{provider}/" })
	public void methodNotAllowed(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		throw new HttpRequestMethodNotSupportedException(request.getMethod(), Set.of("POST"));
	}

	/**
	 * Run one login: read the body, log in, and issue the credential in the login's transaction.
	 * @param endpoint the login endpoint's name, such as {@code token_user}
	 * @param pathProvider the provider from the path, or {@code null}
	 * @param request the request
	 * @param response the response
	 * @return the response body
	 * @throws IOException when the body cannot be read
	 */
	protected LoginResponse runLogin(String endpoint, String pathProvider, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		RequestFields body = RequestFields.read(request, this.json, RequestFields.LOGIN, this.limits);
		String provider = (pathProvider != null) ? pathProvider : body.get("provider");
		// Resolve first so that a missing or unknown provider is reported before any field.
		SocialProvider target = this.authenticator.resolve(provider);
		this.observer.provider(request, target);
		LoginRequest login = LoginRequest.builder(target.name())
			.code(body.get("code"))
			.redirectUri(this.redirectUris.resolve(body.get("redirect_uri"), target.name(), request))
			.codeVerifier(body.get("code_verifier"))
			.state(body.get("state"))
			.oauthToken(body.get("oauth_token"))
			.oauthVerifier(body.get("oauth_verifier"))
			.idToken(body.get("id_token"))
			.accessToken(body.get("access_token"))
			.user(body.get("user"))
			.signedRequest(body.get("signed_request"))
			.currentUser(currentUser(request))
			.stateBinding((this.stateCookie != null) ? this.stateCookie.value(request) : null)
			.browser(this.stateCookie != null && this.stateCookie.fromBrowser(request))
			.build();
		if (this.stateCookie != null && target.isFirstStep(login)) {
			// OAuth 1.0a has no state: a browser's request token is bound to it by the state cookie.
			login = login.toBuilder().stateBinding(this.stateCookie.bind(request, response)).build();
		}
		LoginResult<LoginResponse> result;
		try {
			result = this.authenticator.login(target, login, endpoint,
					(label, user) -> answer(label, user, request, response));
		}
		catch (LoginPausedException paused) {
			// The state (or request token) is used up by the pause, as by a completed login.
			clearStateCookie(login, request, response);
			throw paused;
		}
		if (result instanceof LoginResult.FirstStep<LoginResponse> firstStep) {
			// OAuth 1.0a step one: the request token for the front-end; no user yet.
			this.observer.firstStep(request);
			return new LoginResponse(firstStep.answer());
		}
		LoginResponse answer = ((LoginResult.Completed<LoginResponse>) result).value();
		clearStateCookie(login, request, response);
		return answer;
	}

	// A used state's (or request token's) binding goes with it.
	private void clearStateCookie(LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
		if (this.stateCookie != null && (login.state() != null || login.oauthToken() != null)) {
			this.stateCookie.clear(request, response);
		}
	}

	private LoginResponse answer(String endpoint, SocialUser user, HttpServletRequest request,
			HttpServletResponse response) {
		LoginEndpoints.Endpoint target = endpoint(endpoint);
		this.observer.user(request, user);
		Map<String, Object> answer = new LinkedHashMap<>();
		if (target.withUser()) {
			answer.putAll(serializeUser(user));
		}
		answer.putAll(target.issuer().issue(user, target.withUser(), request, response));
		return new LoginResponse(answer);
	}

	private LoginEndpoints.Endpoint endpoint(String name) {
		return this.endpoints.find(name)
			.orElseThrow(() -> new UnknownEndpointException("No login endpoint 'social/" + name
					+ "/' here: the endpoints are " + this.endpoints.names()
					+ " (an endpoint is here when the CredentialIssuer of its kind is)"));
	}

	/**
	 * Write the user to JSON for the login answers: what the {@link SocialUserJson} writes.
	 * Override to change the user JSON of this controller's answers (login and
	 * {@code social/complete/}); the {@link SocialUserJson} bean changes it everywhere.
	 * @param user the user
	 * @return the JSON fields, in a map an override may change
	 */
	protected Map<String, Object> serializeUser(SocialUser user) {
		return this.userJson.write(user);
	}

	/**
	 * The user to whom a new social account is linked: the caller, when it proved who it is with
	 * a credential a cross-site request cannot carry (see {@link ProvenCaller}). A caller known
	 * only by its session cookie, without a checked CSRF token, is not linked to.
	 * @param request the request
	 * @return the user, or {@code null}
	 */
	protected SocialUser currentUser(HttpServletRequest request) {
		return ProvenCaller.of(request).orElse(null);
	}

}
