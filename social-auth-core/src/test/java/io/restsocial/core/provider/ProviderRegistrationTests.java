package io.restsocial.core.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A registration is a value: validated when built, its collections copied, its secrets kept out
 * of {@code toString()}.
 */
class ProviderRegistrationTests {

	@Test
	void buildWhenAllSetThenAccessorsAnswerThem() {
		ProviderRegistration registration = ProviderRegistration.withName("github")
			.clientId("id")
			.clientSecret("secret")
			.scope(List.of("read:user"))
			.extraParams(Map.of("allow_signup", "false"))
			.authorizationUri("https://a.example/authorize")
			.tokenUri("https://a.example/token")
			.userInfoUri("https://a.example/user")
			.requestTokenUri("https://a.example/request")
			.accessTokenUri("https://a.example/access")
			.issuerUri("https://a.example")
			.jwkSetUri("https://a.example/jwks")
			.pkce(true)
			.useUniqueUserId(false)
			.audiences(List.of("mobile"))
			.allowAccessToken(true)
			.settings(Map.of("team-id", "T"))
			.build();
		assertThat(registration).isEqualTo(new ProviderRegistration("github", "id", "secret", List.of("read:user"),
				Map.of("allow_signup", "false"), "https://a.example/authorize", "https://a.example/token",
				"https://a.example/user", "https://a.example/request", "https://a.example/access", "https://a.example",
				"https://a.example/jwks", true, false, List.of("mobile"), true, Map.of("team-id", "T")));
		assertThat(registration.clientSecret()).isEqualTo("secret");
		assertThat(registration.pkce()).isTrue();
		assertThat(registration.allowAccessToken()).isTrue();
	}

	@Test
	void buildWhenOnlyKeysThenDefaultsAndEmptyCollections() {
		ProviderRegistration registration = ProviderRegistration.withName("github").clientId("id").build();
		assertThat(registration.scope()).isNull();
		assertThat(registration.pkce()).isNull();
		assertThat(registration.useUniqueUserId()).isNull();
		assertThat(registration.allowAccessToken()).isFalse();
		assertThat(registration.extraParams()).isEmpty();
		assertThat(registration.audiences()).isEmpty();
		assertThat(registration.settings()).isEmpty();
	}

	@Test
	void constructorWhenNullCollectionsThenEmpty() {
		ProviderRegistration registration = new ProviderRegistration("github", "id", null, null, null, null, null, null,
				null, null, null, null, null, null, null, false, null);
		assertThat(registration.extraParams()).isEmpty();
		assertThat(registration.audiences()).isEmpty();
		assertThat(registration.settings()).isEmpty();
	}

	@Test
	void buildWhenCallerChangesItsCollectionsAfterwardsThenRegistrationUnchanged() {
		List<String> scope = new ArrayList<>(List.of("email"));
		Map<String, String> settings = new HashMap<>(Map.of("team-id", "T"));
		ProviderRegistration registration = ProviderRegistration.withName("apple-id")
			.clientId("id")
			.scope(scope)
			.settings(settings)
			.build();
		scope.add("name");
		settings.put("key-id", "K");
		assertThat(registration.scope()).containsExactly("email");
		assertThat(registration.settings()).containsOnlyKeys("team-id");
	}

	@Test
	void buildWhenNoClientIdThenErrorNamesTheProvider() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ProviderRegistration.withName("github").clientId(" ").build())
			.withMessage("clientId of provider 'github' cannot be empty");
	}

	@Test
	void buildWhenNoNameThenError() {
		assertThatIllegalArgumentException().isThrownBy(() -> ProviderRegistration.withName("").clientId("id").build())
			.withMessage("name cannot be empty");
	}

	@Test
	void toStringWhenSecretAndSettingsThenNeitherShown() {
		ProviderRegistration registration = ProviderRegistration.withName("apple-id")
			.clientId("com.example.web")
			.clientSecret("s3cr3t-client-value")
			.settings(Map.of("private-key", "-----BEGIN PRIVATE KEY-----MIGTAgEA"))
			.build();
		assertThat(registration.toString()).contains("apple-id", "com.example.web", "private-key")
			.doesNotContain("s3cr3t-client-value")
			.doesNotContain("BEGIN PRIVATE KEY");
	}

}
