package io.restsocial.core.oauth1;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.restsocial.core.MutableClock;
import io.restsocial.core.TestHttp;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.jdbc.JdbcRequestTokenStore;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.provider.ProviderRegistration;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.builtin.TwitterProvider;
import io.restsocial.core.state.BrowserBinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Twitter's OAuth 1.0a flow against WireMock stubs answering with Twitter's payload shapes; each
 * request's signature is checked by recomputing it from the header the stub received.
 */
class TwitterProviderTests {

	@RegisterExtension
	static WireMockExtension twitter = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().http2PlainDisabled(true))
		.build();

	private static final String TOKEN = "NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0";

	private static final String BROWSER = "browser-binding-value-of-43-characters-xyz";

	private static final String OTHER_BROWSER = "another-binding-value-of-43-characters-xyz0";

	private static final Pattern PARAMETER = Pattern.compile("(\\w+)=\"([^\"]*)\"");

	private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));

	private OAuth1Provider provider;

	private JdbcClient jdbc;

	@BeforeEach
	void setUp() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		new ResourceDatabasePopulator(new ClassPathResource("io/restsocial/core/jdbc/schema-h2.sql"))
			.execute(dataSource);
		this.jdbc = JdbcClient.create(dataSource);
		this.provider = new OAuth1Provider(TwitterProvider.definition(), ProviderRegistration.withName("twitter")
			.clientId("consumer-key")
			.clientSecret("consumer-secret")
			.requestTokenUri(twitter.baseUrl() + "/oauth/request_token")
			.accessTokenUri(twitter.baseUrl() + "/oauth/access_token")
			.userInfoUri(twitter.baseUrl() + "/1.1/account/verify_credentials.json")
			.build(), TestHttp.client(),
				new JdbcRequestTokenStore(this.jdbc, Duration.ofMinutes(10), this.clock), this.clock);
		twitter.stubFor(post("/oauth/request_token").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("oauth_token=NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0&oauth_token_secret=veNRnAWe6inFuo8o2u8"
					+ "SLLZLjolYDmDP7SzL0YfYI&oauth_callback_confirmed=true")));
		twitter.stubFor(post("/oauth/access_token").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("oauth_token=7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4&oauth_token_secret=PbKfYqSryyeKDWz"
					+ "4ebtY3o5ogNLG11WJuZBc9fQrQo&user_id=7588892&screen_name=kurrik")));
		twitter.stubFor(get(urlPathEqualTo("/1.1/account/verify_credentials.json")).willReturn(okJson(
				"{\"id\":7588892,\"id_str\":\"7588892\",\"name\":\"Arne Roomann-Kurrik\",\"screen_name\":\"kurrik\","
						+ "\"location\":\"San Francisco\",\"email\":\"kurrik@example.com\",\"verified\":false}")));
	}

	@Test
	void constructorWhenNoClientSecretThenErrorInCoreTerms() {
		ProviderRegistration registration = ProviderRegistration.withName("twitter").clientId("consumer-key").build();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OAuth1Provider(TwitterProvider.definition(), registration, TestHttp.client(),
					new JdbcRequestTokenStore(this.jdbc, Duration.ofMinutes(10), this.clock), this.clock))
			.withMessageContaining("its registration needs a client secret")
			.withMessageNotContaining("rest.social");
	}

	@Test
	void firstStepWhenNoOauthTokenThenRequestTokenAnsweredAndSecretKept() {
		Map<String, Object> answer = this.provider
			.firstStep(LoginRequest.builder("twitter").redirectUri("https://app.example/cb").build())
			.orElseThrow();
		assertThat(answer).containsOnlyKeys("oauth_token", "oauth_callback_confirmed")
			.containsEntry("oauth_token", "NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0")
			.containsEntry("oauth_callback_confirmed", "true");
		Map<String, String> header = received(postRequestedFor(urlPathEqualTo("/oauth/request_token")));
		assertThat(header).containsEntry("oauth_callback", "https://app.example/cb")
			.containsEntry("oauth_consumer_key", "consumer-key")
			.containsEntry("oauth_timestamp", "1780315200")
			.doesNotContainKey("oauth_token");
		assertSigned("POST", twitter.baseUrl() + "/oauth/request_token", header, null);
	}

	@Test
	void secondStepWhenTokenAndVerifierThenAccessTokenSignedWithRequestSecretAndUserRead() {
		firstStep();
		Map<String, Object> response = this.provider.fetchUserData(secondStep("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0"));
		SocialDetails details = this.provider.userDetails(response);
		assertThat(this.provider.userId(details, response)).isEqualTo("7588892");
		assertThat(details).isEqualTo(new SocialDetails("kurrik", "kurrik@example.com", "Arne Roomann-Kurrik", "Arne",
				"Roomann-Kurrik", true));
		assertThat(this.provider.extraData(response).get("access_token")).isEqualTo(
				Map.of("oauth_token", "7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4", "oauth_token_secret",
						"PbKfYqSryyeKDWz4ebtY3o5ogNLG11WJuZBc9fQrQo"));

		Map<String, String> access = received(postRequestedFor(urlPathEqualTo("/oauth/access_token")));
		assertThat(access).containsEntry("oauth_verifier", "uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY");
		assertSigned("POST", twitter.baseUrl() + "/oauth/access_token", access, "veNRnAWe6inFuo8o2u8SLLZLjolYDmDP7SzL0YfYI");
		Map<String, String> user = received(getRequestedFor(urlPathEqualTo("/1.1/account/verify_credentials.json")));
		assertThat(user).containsEntry("oauth_token", "7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4");
		assertSigned("GET", twitter.baseUrl() + "/1.1/account/verify_credentials.json?include_email=true", user,
				"PbKfYqSryyeKDWz4ebtY3o5ogNLG11WJuZBc9fQrQo");
		// The definition's parameter, though user-info-uri was set without it.
		twitter.verify(getRequestedFor(urlPathEqualTo("/1.1/account/verify_credentials.json"))
			.withQueryParam("include_email", equalTo("true")));
	}

	@Test
	void secondStepWhenTokenReplayedOrUnknownThenRefusedWithoutProviderCall() {
		firstStep();
		this.provider.fetchUserData(secondStep("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.provider.fetchUserData(secondStep("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0")))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("oauth_token"));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.provider.fetchUserData(secondStep("made-up-token")));
		twitter.verify(1, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
	}

	@Test
	void secondStepWhenRequestTokenExpiredThenRefused() {
		firstStep();
		this.clock.advance(Duration.ofMinutes(10));
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.provider.fetchUserData(secondStep("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0")));
	}

	@Test
	void secondStepWhenVerifierMissingThen400NamingIt() {
		assertThatExceptionOfType(InvalidRequestException.class)
			.isThrownBy(() -> this.provider.fetchUserData(LoginRequest.builder("twitter").oauthToken("NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0").build()))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("oauth_verifier"));
	}

	@Test
	void firstStepWhenBrowserBindingThenOnlyItsHashIsKeptWithTheToken() {
		this.provider.firstStep(LoginRequest.builder("twitter").stateBinding(BROWSER).browser(true).build());
		String kept = this.jdbc.sql("SELECT binding FROM social_oauth1_request").query(String.class).single();
		assertThat(kept).isEqualTo(BrowserBinding.hash(BROWSER)).isNotEqualTo(BROWSER);
	}

	@Test
	void secondStepWhenBoundTokenComesWithItsBrowsersBindingThenLoggedIn() {
		this.provider.firstStep(LoginRequest.builder("twitter").stateBinding(BROWSER).browser(true).build());
		Map<String, Object> response = this.provider.fetchUserData(secondStep(TOKEN).toBuilder()
			.stateBinding(BROWSER)
			.browser(true)
			.build());
		assertThat(response).containsEntry("screen_name", "kurrik");
		assertThat(rows()).isZero();
	}

	@Test
	void secondStepWhenBoundTokenComesWithoutItsBindingOrWithAnothersThenRefusedAndKeptForItsBrowser() {
		this.provider.firstStep(LoginRequest.builder("twitter").stateBinding(BROWSER).browser(true).build());
		refused(secondStep(TOKEN).toBuilder().browser(true).build(), "bound to the browser that started");
		refused(secondStep(TOKEN).toBuilder().stateBinding(OTHER_BROWSER).browser(true).build(),
				"bound to the browser that started");
		refused(secondStep(TOKEN), "bound to the browser that started");
		twitter.verify(0, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
		assertThat(rows()).as("a refusal writes nothing and uses nothing up").isOne();

		this.provider.fetchUserData(secondStep(TOKEN).toBuilder().stateBinding(BROWSER).browser(true).build());
		refused(secondStep(TOKEN).toBuilder().stateBinding(BROWSER).browser(true).build(), "already used");
		twitter.verify(1, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
	}

	@Test
	void secondStepWhenUnboundTokenIsPresentedByABrowserThenRefused() {
		// The attacker ran step one with a script, and plants the token in the victim's browser.
		firstStep();
		refused(secondStep(TOKEN).toBuilder().stateBinding(BROWSER).browser(true).build(),
				"not bound to this browser");
		refused(secondStep(TOKEN).toBuilder().browser(true).build(), "not bound to this browser");
		twitter.verify(0, postRequestedFor(urlPathEqualTo("/oauth/access_token")));
		assertThat(this.provider.fetchUserData(secondStep(TOKEN))).as("the native app that got it")
			.containsEntry("screen_name", "kurrik");
	}

	@Test
	void requestTokenStoreWhenTwoLoginsRemoveOneTokenThenOnlyOneDoes() {
		RequestTokenStore store = new JdbcRequestTokenStore(this.jdbc, Duration.ofMinutes(10), this.clock);
		store.save("twitter", "t", "the-secret", BrowserBinding.hash(BROWSER));
		assertThat(store.find("twitter", "t")).contains(new RequestToken("the-secret", BrowserBinding.hash(BROWSER)));
		assertThat(store.find("twitter", "t").orElseThrow().toString()).doesNotContain("the-secret");
		assertThat(store.remove("twitter", "t")).isTrue();
		assertThat(store.remove("twitter", "t")).isFalse();
		assertThat(store.find("twitter", "t")).isEmpty();
	}

	private void refused(LoginRequest request, String reason) {
		assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(() -> this.provider.fetchUserData(request))
			.satisfies((ex) -> assertThat(ex.getFields()).containsExactly("oauth_token"))
			.withMessageContaining(reason);
	}

	private long rows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM social_oauth1_request").query(Long.class).single();
	}

	private void firstStep() {
		this.provider.firstStep(LoginRequest.builder("twitter").redirectUri("https://app.example/cb").build());
	}

	private static LoginRequest secondStep(String token) {
		return LoginRequest.builder("twitter").oauthToken(token).oauthVerifier("uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY").build();
	}

	private static Map<String, String> received(
			com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
		List<LoggedRequest> requests = twitter.findAll(pattern);
		assertThat(requests).isNotEmpty();
		String header = requests.get(requests.size() - 1).getHeader("Authorization");
		assertThat(header).startsWith("OAuth ");
		Map<String, String> parameters = new LinkedHashMap<>();
		Matcher matcher = PARAMETER.matcher(header);
		while (matcher.find()) {
			parameters.put(matcher.group(1), URLDecoder.decode(matcher.group(2), StandardCharsets.UTF_8));
		}
		return parameters;
	}

	private static void assertSigned(String method, String uri, Map<String, String> header, String tokenSecret) {
		Map<String, String> oauth = new LinkedHashMap<>(header);
		String signature = oauth.remove("oauth_signature");
		String expected = OAuth1Signer.sign("HMAC-SHA1", OAuth1Signer.baseString(method, URI.create(uri), List.of(), oauth),
				"consumer-secret", tokenSecret);
		assertThat(signature).isEqualTo(expected);
	}

}
