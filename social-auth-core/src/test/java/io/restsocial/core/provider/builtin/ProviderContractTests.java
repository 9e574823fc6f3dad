package io.restsocial.core.provider.builtin;

import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import io.restsocial.core.TestHttp;
import io.restsocial.core.oauth2.OAuth2Provider;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oidc.OidcTestIssuer;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The built-in OAuth 2.0 providers' contracts, as data: one file per provider under
 * {@code src/test/resources/provider-contracts/}, named by its wire name, holding the
 * provider's documented payloads, what python-social-auth maps them to, and what the provider's
 * endpoints must receive. Each case runs a whole code login against WireMock.
 * <p>
 * A file is <pre>
 * { "provider": "discord",
 *   "source": "where the payloads come from (the provider's docs, python-social-auth's tests)",
 *   "cases": [ {
 *     "name": "discord",                        (unique among all cases)
 *     "registration": {                          (optional; "{base}" is WireMock's base URL)
 *       "token-uri": "{base}/token",             (the default)
 *       "user-info-uri": "{base}/user",          (the default)
 *       "scope": ["identify", "email"], "settings": { "api-url": "{base}" } },
 *     "request": { "code": "code-1", "redirect-uri": "https://app.example/cb" },   (the defaults)
 *     "stubs": [ { "method": "POST", "path": "/token", "status": 200,
 *                  "headers": { ... }, "json": { ... } | "body": "text" } ],
 *     "expect": { "uid": "80351110224678912", "username": "nelly", "email": "nelly@discord.com",
 *                 "fullname": "", "first_name": "", "last_name": "", "email_verified": true,
 *                 "without-access-token": true }  (the login keeps no access token: a native ID
 *                                                    token login, or an ID token answered alone)
 *             | { "error": "part of the refusal's message" },
 *     "requests": [ { "method": "GET", "path": "/user", "count": 1,
 *                     "headers": { "Authorization": "Bearer 6qrZ" }, "query": { ... },
 *                     "form": { "code": "code-1" }, "absent-form": ["redirect_uri"],
 *                     "absent-headers": ["Authorization"], "body-contains": ["..."] } ] } ] }
 * </pre>
 * Header, query and form values match exactly unless they start with {@code "~"}, which
 * matches a substring. The registration's client is always {@code client-1} / {@code secret-1}.
 * <p>
 * {@code "{base}"} is WireMock's base URL in stub bodies and headers and in the expected uid too
 * (an identity URL that a token response names, a discovery document). For providers with ID tokens: the registration
 * may also set {@code "issuer-uri"} and {@code "jwk-set-uri"}; an {@code "id_token"} given as an
 * object in a stub's {@code json} is that object's claims, signed RS256 with the contract key,
 * whose JWK set is served at {@code {base}/contract-jwks}, and so is an {@code "access_token"}
 * given as an object with an {@code iss} (a provider whose access token is a JWT); a {@code "request"} may carry
 * {@code "nonce"} (the nonce the login's state issued) and {@code "id-token"} (claims to sign and
 * send as a native app's {@code id_token} instead of a code) and {@code "user"} (the object a
 * front-end relays as the login's {@code user}, as Apple posts on a first login) or
 * {@code "signed-request"} (a Facebook {@code signed_request}, sent instead of a code, with an
 * optional {@code "access-token"}); the registration may set {@code "allow-access-token"}. Logins run at
 * {@value #NOW_SECONDS} (2026-06-01T12:00:00Z), the time to give {@code iat} and {@code exp}
 * around.
 */
class ProviderContractTests {

	static final String DIRECTORY = "provider-contracts";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The time of every login, in seconds since the epoch. */
	static final long NOW_SECONDS = 1780315200L;

	private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW_SECONDS), ZoneOffset.UTC);

	private static OidcTestIssuer contractKey;

	@RegisterExtension
	static WireMockExtension wiremock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	static List<Path> files() {
		return ContractFiles.files(DIRECTORY);
	}

	static JsonNode read(Path file) {
		return ContractFiles.read(file);
	}

	static Stream<Arguments> cases() {
		return ContractFiles.cases(DIRECTORY);
	}

	@Test
	void contractFilesAreNamedAfterKnownProvidersAndCaseNamesAreUnique() {
		List<String> names = new ArrayList<>();
		for (Path file : files()) {
			JsonNode contract = read(file);
			String provider = contract.path("provider").asString();
			assertThat(file.getFileName().toString()).isEqualTo(provider + ".json");
			assertThat(BuiltInProviders.oauth2()).as("built-in OAuth 2.0 providers").containsKey(provider);
			assertThat(contract.path("source").asString()).as("%s's source", provider).isNotBlank();
			assertThat(contract.path("cases")).as("%s's cases", provider).isNotEmpty();
			contract.path("cases").forEach((spec) -> names.add(spec.path("name").asString()));
		}
		assertThat(names).doesNotHaveDuplicates().doesNotContain("");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void loginWhenProviderAnswersAsDocumentedThenUserMappedAsPythonSocialAuthAndRequestsAsDocumented(
			ContractFiles.ContractCase test) throws Exception {
		JsonNode spec = test.spec();
		wiremock.stubFor(WireMock.get("/contract-jwks")
			.willReturn(WireMock.okJson(new JWKSet(contractKey().publicJwk()).toString(true))));
		spec.path("stubs")
			.forEach((stub) -> ContractFiles.stub(wiremock, stub, ProviderContractTests::base,
					ProviderContractTests::withSignedIdToken));
		OAuth2ProviderDefinition definition = BuiltInProviders.oauth2().get(test.provider());
		assertThat(definition).as("built-in provider %s", test.provider()).isNotNull();
		OAuth2Provider provider = new OAuth2Provider(definition, registration(test.provider(), spec),
				TestHttp.client(), CLOCK);
		JsonNode request = spec.path("request");
		LoginRequest.Builder builder = LoginRequest.builder(provider.name());
		if (request.has("id-token")) {
			builder.idToken(signed(request.path("id-token")));
		}
		else if (request.has("signed-request")) {
			builder.signedRequest(request.path("signed-request").asString())
				.accessToken(ContractFiles.text(request, "access-token", null));
		}
		else {
			builder.code(ContractFiles.text(request, "code", "code-1"))
				.redirectUri(ContractFiles.text(request, "redirect-uri", "https://app.example/cb"));
		}
		if (request.has("user")) {
			builder.user(request.path("user").toString());
		}
		LoginRequest login = builder.nonce(request.has("nonce") ? request.path("nonce").asString() : null).build();
		JsonNode expect = spec.path("expect");
		if (expect.has("error")) {
			assertThatThrownBy(() -> {
				Map<String, Object> response = provider.fetchUserData(login);
				provider.userId(provider.userDetails(response), response);
			}).hasMessageContaining(expect.path("error").asString());
		}
		else {
			Map<String, Object> response = provider.fetchUserData(login);
			SocialDetails details = provider.userDetails(response);
			assertThat(details).isEqualTo(new SocialDetails(ContractFiles.text(expect, "username", ""), ContractFiles.text(expect, "email", ""),
					ContractFiles.text(expect, "fullname", ""), ContractFiles.text(expect, "first_name", ""), ContractFiles.text(expect, "last_name", ""),
					expect.path("email_verified").asBoolean(false)));
			assertThat(provider.userId(details, response)).isEqualTo(base(expect.path("uid").asString()));
			// A native ID token login has no access token to keep, nor has a token response that
			// carried an ID token alone (Azure AD B2C), which must not pass the ID token off as one.
			boolean withoutAccessToken = request.has("id-token") || expect.path("without-access-token").asBoolean(false);
			assertThat(provider.extraData(response)).containsKeys(
					withoutAccessToken ? new String[] { "auth_time" } : new String[] { "access_token", "auth_time" });
			if (withoutAccessToken) {
				assertThat(provider.extraData(response)).doesNotContainKey("access_token");
			}
		}
		spec.path("requests").forEach((expected) -> ContractFiles.verify(wiremock, expected, ProviderContractTests::base));
	}

	private static ProviderRegistration registration(String name, JsonNode spec) {
		JsonNode registration = spec.path("registration");
		ProviderRegistration.Builder builder = ProviderRegistration.withName(name)
			.clientId("client-1")
			.clientSecret("secret-1")
			.tokenUri(base(ContractFiles.text(registration, "token-uri", "{base}/token")))
			.userInfoUri(base(ContractFiles.text(registration, "user-info-uri", "{base}/user")));
		if (registration.has("authorization-uri")) {
			builder.authorizationUri(base(registration.path("authorization-uri").asString()));
		}
		if (registration.has("issuer-uri")) {
			builder.issuerUri(base(registration.path("issuer-uri").asString()));
		}
		if (registration.has("jwk-set-uri")) {
			builder.jwkSetUri(base(registration.path("jwk-set-uri").asString()));
		}
		if (registration.has("scope")) {
			List<String> scope = new ArrayList<>();
			registration.path("scope").forEach((value) -> scope.add(value.asString()));
			builder.scope(scope);
		}
		if (registration.has("allow-access-token")) {
			builder.allowAccessToken(registration.path("allow-access-token").asBoolean());
		}
		if (registration.has("use-unique-user-id")) {
			builder.useUniqueUserId(registration.path("use-unique-user-id").asBoolean());
		}
		if (registration.has("settings")) {
			builder.settings(ContractFiles.strings(registration.path("settings"), ProviderContractTests::base));
		}
		if (registration.has("extra-params")) {
			builder.extraParams(ContractFiles.strings(registration.path("extra-params"), ProviderContractTests::base));
		}
		return builder.build();
	}

	// An id_token, or a JWT access_token (EVE Online's; claims with an iss, unlike Yammer's
	// object), given as claims is signed with the contract key.
	private static JsonNode withSignedIdToken(JsonNode json) {
		boolean idToken = json.path("id_token").isObject();
		boolean accessToken = json.path("access_token").isObject() && json.path("access_token").has("iss");
		if (!idToken && !accessToken) {
			return json;
		}
		ObjectNode withToken = ((ObjectNode) json).deepCopy();
		if (idToken) {
			withToken.put("id_token", signed(json.path("id_token")));
		}
		if (accessToken) {
			withToken.put("access_token", signed(json.path("access_token")));
		}
		return withToken;
	}

	// The claims, {base} replaced, signed with the contract key.
	private static String signed(JsonNode claims) {
		try {
			Map<String, Object> values = JSON.readValue(base(claims.toString()), new TypeReference<Map<String, Object>>() {
			});
			return contractKey().sign(JWTClaimsSet.parse(values));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot sign the contract's id_token " + claims, ex);
		}
	}

	private static synchronized OidcTestIssuer contractKey() throws Exception {
		if (contractKey == null) {
			contractKey = new OidcTestIssuer(wiremock, "contract-key");
		}
		return contractKey;
	}

	private static String base(String value) {
		return value.replace("{base}", wiremock.baseUrl());
	}

}
