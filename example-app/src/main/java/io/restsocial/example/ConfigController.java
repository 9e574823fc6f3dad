package io.restsocial.example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth1.OAuth1Provider;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.core.provider.SocialProvider;
import io.restsocial.example.demo.LateSocialProvider;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/config}: the configured providers, for the page's buttons: each one's wire
 * name and protocol ({@code oauth2} or {@code oauth1}), and where the page sends the user when
 * the state endpoint answers no {@code authorization_url} (an OAuth 1.0a provider's page takes
 * the request token; an OAuth 2.0 one's the client id and scope).
 * <p>
 * {@code GET /api/config/csrf}: the CSRF token of the application's own filter chain (not the
 * starter's {@code XSRF-TOKEN}), which a session needs to {@code POST /logout}.
 */
@RestController
class ConfigController {

	private final ProviderRegistry providers;

	ConfigController(ProviderRegistry providers) {
		this.providers = providers;
	}

	@GetMapping("/api/config")
	List<Map<String, Object>> config() {
		return this.providers.providers().stream().map(ConfigController::entry).toList();
	}

	@GetMapping("/api/config/csrf")
	Map<String, String> csrf(CsrfToken token) {
		return Map.of("header", token.getHeaderName(), "token", token.getToken());
	}

	private static Map<String, Object> entry(SocialProvider provider) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("name", provider.name());
		SocialProvider behind = (provider instanceof LateSocialProvider<?> late) ? late.delegate() : provider;
		if (behind instanceof OAuth1Provider oauth1) {
			entry.put("protocol", "oauth1");
			entry.put("authorization_uri", oauth1.authorizationUri());
		}
		else {
			entry.put("protocol", "oauth2");
			if (behind instanceof OAuth2Provider oauth2) {
				entry.put("authorization_uri", oauth2.authorizationUri());
				entry.put("client_id", oauth2.clientId());
				entry.put("scope", String.join(oauth2.definition().getScopeSeparator(), oauth2.scope()));
			}
		}
		return entry;
	}

}
