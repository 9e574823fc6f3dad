package io.restsocial.boot.autoconfigure;

import java.time.Duration;
import java.util.Optional;

import io.restsocial.boot.web.LoginStateController;
import io.restsocial.boot.web.LoginStateCookie;
import io.restsocial.boot.web.SocialLoginController;
import io.restsocial.core.oauth1.RequestToken;
import io.restsocial.core.oauth1.RequestTokenStore;
import io.restsocial.core.state.LoginStateService;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auto-configuration of login states bound to browsers: the cookie's settings, their
 * validation at bind time, the back-off, and the ID token nonce opt-in.
 */
class LoginStateAutoConfigurationTests {

	private final WebApplicationContextRunner web = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
				WebMvcAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(RestSocialJdbcAutoConfiguration.class,
				RestSocialAutoConfiguration.class, RestSocialWebMvcAutoConfiguration.class,
				RestSocialSecurityAutoConfiguration.class))
		.withPropertyValues("spring.datasource.generate-unique-name=true");

	@Test
	void stateCookieWhenPropertiesSetThenWrittenWithThemUnderTheBasePath() {
		this.web
			.withPropertyValues("rest.social.base-path=/auth", "rest.social.state.cookie-name=APP_STATE",
					"rest.social.state.cookie-same-site=none", "rest.social.state.ttl=5m")
			.run((context) -> {
				assertThat(context).hasSingleBean(LoginStateController.class);
				MockHttpServletRequest request = new MockHttpServletRequest("POST", "/auth/social/state/github/");
				request.addHeader("Origin", "https://spa.example");
				MockHttpServletResponse response = new MockHttpServletResponse();
				assertThat(context.getBean(LoginStateCookie.class).bind(request, response)).hasSize(43);
				assertThat(response.getHeader("Set-Cookie")).startsWith("APP_STATE=")
					.contains("Path=/auth/social/", "SameSite=None", "Secure", "HttpOnly", "Max-Age=300");
			});
	}

	@Test
	void stateCookieWhenBindToBrowserFalseThenNoBrowserIsAskedForABoundState() {
		this.web.withPropertyValues("rest.social.state.bind-to-browser=false").run((context) -> {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/login/social/state/github/");
			request.addHeader("Origin", "https://spa.example");
			MockHttpServletResponse response = new MockHttpServletResponse();
			LoginStateCookie cookie = context.getBean(LoginStateCookie.class);
			assertThat(cookie.bind(request, response)).isNull();
			assertThat(cookie.fromBrowser(request)).isFalse();
			assertThat(response.getHeader("Set-Cookie")).isNull();
		});
	}

	@Test
	void stateCookieWhenSameSiteUnknownThenStartupFailsNamingTheProperty() {
		this.web.withPropertyValues("rest.social.state.cookie-same-site=sometimes")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("rest.social.state.cookie-same-site"));
	}

	@Test
	void stateCookieWhenUserDefinesOneThenDefaultBacksOffAndTheLoginControllerUsesIt() {
		LoginStateCookie custom = new LoginStateCookie(true, "MINE", "/", "Strict", Duration.ofMinutes(1));
		this.web.withBean(LoginStateCookie.class, () -> custom).run((context) -> {
			assertThat(context.getBean(LoginStateCookie.class)).isSameAs(custom);
			assertThat(ReflectionTestUtils.getField(context.getBean(SocialLoginController.class), "stateCookie"))
				.isSameAs(custom);
		});
	}

	@Test
	void stateCookieWhenOnlyRequestTokensAreStoredThenItStillBindsOAuth1LoginsToBrowsers() {
		RequestTokenStore requestTokens = new RequestTokenStore() {

			@Override
			public void save(String provider, String token, String secret, String binding) {
			}

			@Override
			public Optional<RequestToken> find(String provider, String token) {
				return Optional.empty();
			}

			@Override
			public boolean remove(String provider, String token) {
				return false;
			}

		};
		WebApplicationContextRunner withoutStates = new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RestSocialAutoConfiguration.class,
					RestSocialWebMvcAutoConfiguration.class))
			.withUserConfiguration(RestSocialAutoConfigurationTests.InMemoryStorageConfiguration.class);
		withoutStates.run((context) -> assertThat(context).doesNotHaveBean(LoginStateCookie.class));
		withoutStates.withBean(RequestTokenStore.class, () -> requestTokens).run((context) -> {
			assertThat(context).doesNotHaveBean(LoginStateService.class);
			assertThat(context).hasSingleBean(LoginStateCookie.class);
			assertThat(ReflectionTestUtils.getField(context.getBean(SocialLoginController.class), "stateCookie"))
				.isSameAs(context.getBean(LoginStateCookie.class));
		});
	}

	@Test
	void idTokenNonceWhenRequiredWithoutStateStorageThenStartupFailsNamingTheProperty() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(RestSocialAutoConfiguration.class,
					RestSocialWebMvcAutoConfiguration.class))
			.withUserConfiguration(RestSocialAutoConfigurationTests.InMemoryStorageConfiguration.class)
			.withPropertyValues("rest.social.state.require-id-token-nonce=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining("rest.social.state.require-id-token-nonce=true needs a LoginStateService"));
	}

}
