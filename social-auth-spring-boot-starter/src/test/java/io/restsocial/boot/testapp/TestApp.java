package io.restsocial.boot.testapp;

import java.util.Map;

import io.restsocial.core.user.SocialUser;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application of the starter alone, with endpoints of its own that need a login (one of them
 * under the starter's base path).
 */
@SpringBootApplication
public class TestApp {

	@RestController
	static class MeController {

		@GetMapping("/api/me")
		Map<String, Object> me(@AuthenticationPrincipal SocialUser user) {
			return Map.of("id", user.id(), "username", user.username());
		}

		@PostMapping("/api/notes")
		Map<String, Object> note(@AuthenticationPrincipal SocialUser user) {
			return Map.of("saved", true, "by", user.username());
		}

		// An application endpoint under the starter's base path: it must stay the application's.
		@RequestMapping(path = "/api/login/custom", method = { RequestMethod.GET, RequestMethod.POST })
		Map<String, Object> custom(@AuthenticationPrincipal SocialUser user) {
			return Map.of("custom", true, "by", user.username());
		}

	}

}
