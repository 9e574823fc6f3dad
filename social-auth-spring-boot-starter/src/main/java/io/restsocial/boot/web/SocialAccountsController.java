package io.restsocial.boot.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.boot.security.ProvenCaller;
import io.restsocial.core.account.SocialAccountService;
import io.restsocial.core.error.AuthForbiddenException;
import io.restsocial.core.user.SocialAccount;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;

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
 * 404 when it is not the caller's; 409 when it is the last).
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class SocialAccountsController {

	private final SocialAccountService accounts;

	/**
	 * Create the controller.
	 * @param accounts the account service
	 */
	public SocialAccountsController(SocialAccountService accounts) {
		Assert.notNull(accounts, "accounts cannot be null");
		this.accounts = accounts;
	}

	/**
	 * List the caller's accounts.
	 * @return {@code id}, {@code provider}, {@code uid}, {@code created} and {@code modified} of
	 * each
	 */
	@GetMapping({ "/social/accounts", "/social/accounts/" })
	public List<Map<String, Object>> accounts() {
		return this.accounts.accounts(currentUser()).stream().map(SocialAccountsController::toJson).toList();
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

	private static Map<String, Object> toJson(SocialAccount account) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", account.id());
		json.put("provider", account.provider());
		json.put("uid", account.uid());
		json.put("created", account.created().toString());
		json.put("modified", account.modified().toString());
		return json;
	}

}
