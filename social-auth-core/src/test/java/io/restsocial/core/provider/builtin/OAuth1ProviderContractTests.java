package io.restsocial.core.provider.builtin;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restsocial.core.MutableClock;
import io.restsocial.core.TestHttp;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.jdbc.JdbcRequestTokenStore;
import io.restsocial.core.oauth1.OAuth1Provider;
import io.restsocial.core.oauth1.OAuth1ProviderDefinition;
import io.restsocial.core.oauth1.OAuth1Signer;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The built-in OAuth 1.0a providers' contracts, as data, in the spirit of
 * {@link ProviderContractTests}: one file per provider under
 * {@code src/test/resources/provider-contracts-oauth1/}, named by its wire name. Each case runs
 * both steps of a login against WireMock, and every request WireMock received must carry a valid
 * HMAC-SHA1 signature: by the client secret alone for the request token, with the request
 * token's secret for the access token, and with the access token's secret for the user.
 * <p>
 * A file is <pre>
 * { "provider": "tumblr",
 *   "source": "where the payloads come from",
 *   "cases": [ {
 *     "name": "tumblr",                          (unique among all cases)
 *     "registration": { "user-info-uri": "{base}/user?x=1" },   (optional; the defaults:
 *        "{base}/request_token", "{base}/access_token", "{base}/user")
 *     "stubs": [ { "method": "POST", "path": "/request_token", "status": 200,
 *                  "headers": { ... }, "json": { ... } | "body": "text" } ],
 *     "expect": { "uid": "...", "username": "...", "email": "...", "fullname": "...",
 *                 "first_name": "...", "last_name": "...", "email_verified": false }
 *             | { "error": "part of the refusal's message" },
 *     "requests": [ { "method": "GET", "path": "/user", "count": 1, "query": { ... },
 *                     "oauth": { "oauth_token": "...", "oauth_verifier": "..." } } ] } ] }
 * </pre>
 * The {@code oauth} values are the decoded parameters of the request's {@code Authorization:
 * OAuth} header; values starting with {@code "~"} match a substring. The client is always
 * {@code client-1} / {@code secret-1}, the callback {@code https://app.example/cb} and the
 * verifier {@code verifier-1}.
 */
class OAuth1ProviderContractTests {

	static final String DIRECTORY = "provider-contracts-oauth1";

	private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

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
		List<String> providers = new ArrayList<>();
		for (Path file : files()) {
			JsonNode contract = read(file);
			String provider = contract.path("provider").asString();
			providers.add(provider);
			assertThat(file.getFileName().toString()).isEqualTo(provider + ".json");
			assertThat(BuiltInProviders.oauth1()).as("built-in OAuth 1.0a providers").containsKey(provider);
			assertThat(contract.path("source").asString()).as("%s's source", provider).isNotBlank();
			assertThat(contract.path("cases")).as("%s's cases", provider).isNotEmpty();
			contract.path("cases").forEach((spec) -> names.add(spec.path("name").asString()));
		}
		assertThat(names).doesNotHaveDuplicates().doesNotContain("");
		assertThat(providers).contains(TumblrProvider.NAME, FlickrProvider.NAME, TrelloProvider.NAME);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void loginWhenProviderAnswersAsDocumentedThenUserMappedAsPythonSocialAuthAndEveryRequestSigned(
			ContractFiles.ContractCase test) {
		JsonNode spec = test.spec();
		spec.path("stubs").forEach((stub) -> ContractFiles.stub(wiremock, stub, OAuth1ProviderContractTests::base,
				UnaryOperator.identity()));
		OAuth1ProviderDefinition definition = BuiltInProviders.oauth1().get(test.provider());
		assertThat(definition).as("built-in provider %s", test.provider()).isNotNull();
		MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
		OAuth1Provider provider = new OAuth1Provider(definition, registration(test.provider(), spec),
				TestHttp.client(), new JdbcRequestTokenStore(jdbc(), Duration.ofMinutes(10), clock), clock);

		Map<String, Object> first = provider
			.firstStep(LoginRequest.builder(provider.name()).redirectUri("https://app.example/cb").build())
			.orElseThrow();
		LoginRequest second = LoginRequest.builder(provider.name())
			.oauthToken(String.valueOf(first.get("oauth_token")))
			.oauthVerifier("verifier-1")
			.build();
		JsonNode expect = spec.path("expect");
		if (expect.has("error")) {
			assertThatThrownBy(() -> {
				Map<String, Object> response = provider.fetchUserData(second);
				provider.userId(provider.userDetails(response), response);
			}).hasMessageContaining(expect.path("error").asString());
		}
		else {
			Map<String, Object> response = provider.fetchUserData(second);
			SocialDetails details = provider.userDetails(response);
			assertThat(details).isEqualTo(new SocialDetails(ContractFiles.text(expect, "username", ""), ContractFiles.text(expect, "email", ""),
					ContractFiles.text(expect, "fullname", ""), ContractFiles.text(expect, "first_name", ""), ContractFiles.text(expect, "last_name", ""),
					expect.path("email_verified").asBoolean(false)));
			assertThat(provider.userId(details, response)).isEqualTo(expect.path("uid").asString());
			assertThat(provider.extraData(response).get("access_token")).isInstanceOf(Map.class);
		}
		assertEveryRequestSigned(spec);
		spec.path("requests").forEach(OAuth1ProviderContractTests::verify);
	}

	private static ProviderRegistration registration(String name, JsonNode spec) {
		JsonNode registration = spec.path("registration");
		return ProviderRegistration.withName(name)
			.clientId("client-1")
			.clientSecret("secret-1")
			.requestTokenUri(base(ContractFiles.text(registration, "request-token-uri", "{base}/request_token")))
			.accessTokenUri(base(ContractFiles.text(registration, "access-token-uri", "{base}/access_token")))
			.userInfoUri(base(ContractFiles.text(registration, "user-info-uri", "{base}/user")))
			.build();
	}

	private static JdbcClient jdbc() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("io/restsocial/core/jdbc/schema-h2.sql"))
			.execute(dataSource);
		return JdbcClient.create(dataSource);
	}

	// Each request's signature, recomputed from what WireMock received: the token secrets are
	// those the stubs answered.
	private static void assertEveryRequestSigned(JsonNode spec) {
		Map<String, String> secrets = new HashMap<>();
		spec.path("stubs").forEach((stub) -> {
			Map<String, Object> fields = ResponseParser
				.parseObject(stub.has("json") ? stub.path("json").toString() : stub.path("body").asString(""));
			if (fields != null && fields.get("oauth_token") != null) {
				secrets.put(String.valueOf(fields.get("oauth_token")), String.valueOf(fields.get("oauth_token_secret")));
			}
		});
		List<LoggedRequest> requests = wiremock.getAllServeEvents()
			.stream()
			.map((event) -> event.getRequest())
			.toList();
		assertThat(requests).isNotEmpty();
		for (LoggedRequest request : requests) {
			Map<String, String> oauth = oauth(request);
			assertThat(oauth).as("%s %s's OAuth parameters", request.getMethod(), request.getUrl())
				.containsEntry("oauth_consumer_key", "client-1")
				.containsEntry("oauth_signature_method", OAuth1Signer.HMAC_SHA1);
			String signature = oauth.remove("oauth_signature");
			String tokenSecret = (oauth.get("oauth_token") != null) ? secrets.get(oauth.get("oauth_token")) : null;
			String expected = OAuth1Signer.sign(OAuth1Signer.HMAC_SHA1,
					OAuth1Signer.baseString(request.getMethod().getName(), URI.create(request.getAbsoluteUrl()),
							List.of(), oauth),
					"secret-1", tokenSecret);
			assertThat(signature).as("%s %s's signature", request.getMethod(), request.getUrl()).isEqualTo(expected);
		}
	}

	private static Map<String, String> oauth(LoggedRequest request) {
		String header = request.getHeader("Authorization");
		assertThat(header).as("%s %s's Authorization", request.getMethod(), request.getUrl()).startsWith("OAuth ");
		Map<String, String> parameters = new LinkedHashMap<>();
		Matcher matcher = PARAMETER.matcher(header);
		while (matcher.find()) {
			parameters.put(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static void verify(JsonNode expected) {
		RequestPatternBuilder pattern = ContractFiles.verify(wiremock, expected, OAuth1ProviderContractTests::base);
		Map<String, String> oauthExpected = ContractFiles.strings(expected.path("oauth"), UnaryOperator.identity());
		if (!oauthExpected.isEmpty()) {
			List<LoggedRequest> requests = wiremock.findAll(pattern);
			assertThat(requests).isNotEmpty();
			Map<String, String> oauth = oauth(requests.get(requests.size() - 1));
			oauthExpected.forEach((name, value) -> {
				if (value.startsWith("~")) {
					assertThat(oauth.get(name)).as(name).contains(value.substring(1));
				}
				else {
					assertThat(oauth.get(name)).as(name).isEqualTo(value);
				}
			});
		}
	}

	private static String base(String value) {
		return value.replace("{base}", wiremock.baseUrl());
	}

}
