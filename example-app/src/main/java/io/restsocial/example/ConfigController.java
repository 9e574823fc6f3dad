package io.restsocial.example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.provider.ProviderRegistry;
import io.restsocial.example.demo.DemoSocialProvider;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/config}: what the page needs to send the user to each configured provider.
 */
@RestController
class ConfigController {

	private final ProviderRegistry providers;

	ConfigController(ProviderRegistry providers) {
		this.providers = providers;
	}

	@GetMapping("/api/config")
	List<Map<String, Object>> config() {
		return this.providers.providers().stream().map((provider) -> {
			OAuth2Provider oauth2 = (provider instanceof DemoSocialProvider demo) ? demo.delegate()
					: (provider instanceof OAuth2Provider p) ? p : null;
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", provider.name());
			if (oauth2 != null) {
				entry.put("authorization_uri", oauth2.authorizationUri());
				entry.put("client_id", oauth2.clientId());
				entry.put("scope", String.join(oauth2.definition().getScopeSeparator(), oauth2.scope()));
			}
			return entry;
		}).toList();
	}

}
