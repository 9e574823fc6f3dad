package io.restsocial.boot.testapp;

import java.util.Map;

import io.restsocial.core.user.SocialUser;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application of the starter alone, with one endpoint of its own that needs a login.
 */
@SpringBootApplication
public class TestApp {

	@RestController
	static class MeController {

		@GetMapping("/api/me")
		Map<String, Object> me(@AuthenticationPrincipal SocialUser user) {
			return Map.of("id", user.id(), "username", user.username());
		}

	}

}
