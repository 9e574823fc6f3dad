package io.restsocial.boot.web;

import io.restsocial.core.login.SocialAuthenticator;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.core.state.IssuedState;
import io.restsocial.core.state.LoginStateService;
import io.restsocial.core.state.Pkce;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST {base}/social/state/{provider}/}: a signed, expiring, single-use {@code state} for
 * the front-end's authorization request, with a {@code nonce} for providers that issue ID tokens
 * and a PKCE {@code code_challenge} for providers that use PKCE (its verifier stays on the
 * server and is sent with the code), and the authorization URL that carries them. A browser's state is bound to it by a cookie
 * ({@link LoginStateCookie}); with the default service, issuing a state writes nothing.
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class LoginStateController {

	private final SocialAuthenticator authenticator;

	private final LoginStateService states;

	private final LoginStateCookie cookie;

	private RedirectUriResolver redirectUris;

	/**
	 * Create the controller.
	 * @param authenticator what resolves providers
	 * @param states the state service
	 * @param cookie what binds a state to the browser that asks for it
	 */
	public LoginStateController(SocialAuthenticator authenticator, LoginStateService states,
			LoginStateCookie cookie) {
		Assert.notNull(authenticator, "authenticator cannot be null");
		Assert.notNull(states, "states cannot be null");
		Assert.notNull(cookie, "cookie cannot be null");
		this.authenticator = authenticator;
		this.states = states;
		this.cookie = cookie;
	}

	/**
	 * Set what checks a {@code redirect_uri} the request gives against the allowed ones.
	 * @param redirectUris the resolver of the login endpoints
	 */
	public void setRedirectUriResolver(RedirectUriResolver redirectUris) {
		this.redirectUris = redirectUris;
	}

	/**
	 * Issue a state.
	 * @param provider the provider the login will be with
	 * @param redirectUri the front-end's redirect URI, for the authorization URL, or {@code null}
	 * @param request the request; a browser's gets the state cookie
	 * @param response the response
	 * @return {@code state}, {@code expires_at}, {@code nonce} and
	 * {@code code_challenge}/{@code code_challenge_method} where they apply, and the
	 * {@code authorization_url} to send the user to, with all of them and the provider's
	 * extra-params, where the provider has one
	 */
	@PostMapping({ "/social/state/{provider}", "/social/state/{provider}/" })
	public LoginStateResponse state(@PathVariable String provider,
			@RequestParam(name = "redirect_uri", required = false) String redirectUri, HttpServletRequest request,
			HttpServletResponse response) {
		SocialProvider target = this.authenticator.resolve(provider);
		String requested = StringUtils.hasText(redirectUri) ? redirectUri : null;
		if (requested != null && this.redirectUris != null) {
			this.redirectUris.checked(requested);
		}
		IssuedState issued = this.states.issue(target.name(), target.usesNonce(), target.usesPkce(),
				this.cookie.bind(request, response));
		String challenge = issued.codeChallenge();
		String authorizationUrl = target.authorizationUrl(requested, issued.state(), issued.nonce(), challenge)
			.orElse(null);
		return new LoginStateResponse(issued.state(), issued.nonce(), challenge, (challenge != null) ? Pkce.S256 : null,
				issued.expiresAt().toString(), authorizationUrl);
	}

}
