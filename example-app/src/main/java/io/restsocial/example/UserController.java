package io.restsocial.example;

import java.util.Map;

import io.restsocial.core.user.SocialUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/user/}: the current user, for a session cookie or any token the login issued.
 */
@RestController
class UserController {

	private final ExampleLoginController login;

	UserController(ExampleLoginController login) {
		this.login = login;
	}

	@GetMapping({ "/api/user", "/api/user/" })
	Map<String, Object> user(@AuthenticationPrincipal SocialUser user) {
		return this.login.userJson(user);
	}

}
