package io.restsocial.boot.web;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.security.ProvenCaller;
import io.restsocial.core.account.SocialAccountService;
import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's linked social accounts: {@code GET {base}/social/accounts/} lists them (never
 * their tokens), {@code DELETE {base}/social/accounts/{provider}/{id}/} disconnects one (204;
 * 404 when it is not the caller's; 409 when it is the last), and
 * {@code GET {base}/social/accounts/user/} answers the user they belong to, in the user JSON of
 * the logins ({@link SocialUserJson}).
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class SocialAccountsController {

	private final SocialAccountService accounts;

	private SocialUserJson userJson = SocialUserJson.defaults();

	/**
	 * Create the controller.
	 * @param accounts the account service
	 */
	public SocialAccountsController(SocialAccountService accounts) {
		Assert.notNull(accounts, "accounts cannot be null");
		this.accounts = accounts;
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
	 * List the caller's accounts.
	 * @return {@code id}, {@code provider}, {@code uid}, {@code created} and {@code modified} of
	 * each
	 */
	@GetMapping({ "/social/accounts", "/social/accounts/" })
	public List<LinkedAccountResponse> accounts() {
		return this.accounts.accounts(currentUser()).stream().map(LinkedAccountResponse::of).toList();
	}

	/**
	 * The caller, in the user JSON of the logins.
	 * @return the user's JSON fields
	 */
	@GetMapping({ "/social/accounts/user", "/social/accounts/user/" })
	public Map<String, Object> user() {
		return this.userJson.write(currentUser());
	}

	/**
	 * Disconnect one of the caller's accounts.
	 * @param provider the account's provider
	 * @param id the account's id
	 * @param request the request
	 * @return 204
	 */
	@DeleteMapping({ "/social/accounts/{provider}/{id}", "/social/accounts/{provider}/{id}/" })
	public ResponseEntity<Void> disconnect(@PathVariable String provider, @PathVariable long id,
			HttpServletRequest request) {
		SocialUser caller = currentUser();
		if (ProvenCaller.of(request).isEmpty()) {
			// The session cookie alone, with no CSRF token checked: any cross-site page could send it.
			throw new AuthForbiddenException("A session cookie alone cannot disconnect an account: "
					+ "send the CSRF token (X-XSRF-TOKEN) with it, or an Authorization header");
		}
		if (!this.accounts.disconnect(caller, provider, id)) {
			throw new UnknownEndpointException("No " + provider + " account " + id + " is linked to this user");
		}
		return ResponseEntity.noContent().build();
	}

	private static SocialUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof SocialUser user) {
			return user;
		}
		throw new AuthenticationRequiredException();
	}

}
