package io.restsocial.boot.web;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * django-rest-social-auth's order: request > absolute > Origin + path > request host + path.
 */
class RedirectUriResolverTests {

	private final MockHttpServletRequest request = request();

	@Test
	void resolveWhenRequestGivesOneThenItWinsOverEverything() {
		this.request.addHeader("Origin", "https://spa.example");
		assertThat(new RedirectUriResolver("https://abs.example/cb", "/cb", true, null).resolve("https://req.example/x",
				"github", this.request))
			.isEqualTo("https://req.example/x");
	}

	@Test
	void resolveWhenAbsoluteConfiguredThenItWinsOverOrigin() {
		this.request.addHeader("Origin", "https://spa.example");
		assertThat(new RedirectUriResolver("https://abs.example/cb", "/cb", true, null).resolve(null, "github",
				this.request))
			.isEqualTo("https://abs.example/cb");
	}

	@Test
	void resolveWhenOriginAndDomainFromOriginThenOriginSchemeHostPortWithPath() {
		this.request.addHeader("Origin", "http://localhost:3000");
		assertThat(new RedirectUriResolver(null, "/oauth/done/", true, null).resolve(null, "github", this.request))
			.isEqualTo("http://localhost:3000/oauth/done/");
	}

	@Test
	void resolveWhenDomainFromOriginOffThenRequestHost() {
		this.request.addHeader("Origin", "http://localhost:3000");
		assertThat(new RedirectUriResolver(null, "/", false, null).resolve(null, "github", this.request))
			.isEqualTo("https://api.example:8443/");
	}

	@Test
	void resolveWhenNoOriginThenRequestHostAndDefaultPortOmitted() {
		MockHttpServletRequest plain = new MockHttpServletRequest("POST", "/api/login/social/token/");
		plain.setScheme("http");
		plain.setServerName("app.example");
		plain.setServerPort(80);
		assertThat(new RedirectUriResolver(null, "/", true, null).resolve("", "github", plain))
			.isEqualTo("http://app.example/");
	}

	@Test
	void resolveWhenRedirectUriIsAMappingNameThenItsPathWithProviderExpanded() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(RequestMappingHandlerMapping.class);
			context.registerBean(CallbackController.class);
			context.refresh();
			RequestMappingHandlerMapping mappings = context.getBean(RequestMappingHandlerMapping.class);
			assertThat(new RedirectUriResolver(null, "social-complete", true, mappings).resolve(null, "github",
					this.request))
				.isEqualTo("https://api.example:8443/complete/github/");
			assertThatIllegalStateException()
				.isThrownBy(() -> new RedirectUriResolver(null, "no-such-route", true, mappings).resolve(null, "github",
						this.request))
				.withMessageContaining("no-such-route");
		}
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/login/social/token/");
		request.setScheme("https");
		request.setServerName("api.example");
		request.setServerPort(8443);
		return request;
	}

	@RestController
	static class CallbackController {

		@GetMapping(path = "/complete/{provider}/", name = "social-complete")
		String complete() {
			return "";
		}

	}

}
