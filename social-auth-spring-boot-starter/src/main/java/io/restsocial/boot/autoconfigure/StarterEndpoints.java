package io.restsocial.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.restsocial.boot.web.SocialLoginController;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The starter's own endpoints under the base path, each with or without a trailing slash and a
 * trailing provider segment: as request matchers for its filter chain, and as servlet URL
 * patterns for its request limits filter. Both are made from the lists here.
 */
final class StarterEndpoints {

	/** The companions under {@code {base}/social/}. */
	private static final List<String> SOCIAL_COMPANIONS = List.of("csrf", "state", "complete", "accounts");

	/** The companions directly under {@code {base}/}. */
	private static final List<String> COMPANIONS = List.of("token/refresh", "token/verify", "token/blacklist",
			"token/sliding/refresh", "logout", "logoutall");

	private StarterEndpoints() {
	}

	/**
	 * The servlet URL patterns that cover every endpoint of the starter: prefix patterns, so
	 * {@code /logout/*} matches {@code /logout} too. They are wider than {@link #all} (every path
	 * under {@code social/} and {@code token/}), which only makes the limits apply to the
	 * starter's 404s as well.
	 * @param base the base path, without a trailing slash
	 * @return the patterns
	 */
	static String[] servletPatterns(String base) {
		return Stream
			.concat(Stream.of("social", "token", "jwks.json"),
					COMPANIONS.stream().filter((name) -> !name.startsWith("token/")))
			.map((name) -> base + "/" + name + "/*")
			.toArray(String[]::new);
	}

	/**
	 * Every endpoint of the starter.
	 * @param paths the matcher builder
	 * @param base the base path, without a trailing slash
	 * @return the matcher
	 */
	static RequestMatcher all(PathPatternRequestMatcher.Builder paths, String base) {
		List<RequestMatcher> matchers = new ArrayList<>();
		SocialLoginController.endpointNames()
			.forEach((name) -> matchers.add(paths.matcher(base + "/social/" + name + "/**")));
		SOCIAL_COMPANIONS.forEach((name) -> matchers.add(paths.matcher(base + "/social/" + name + "/**")));
		COMPANIONS.forEach((name) -> matchers.add(paths.matcher(base + "/" + name + "/**")));
		matchers.add(paths.matcher(base + "/jwks.json/**"));
		return new OrRequestMatcher(matchers);
	}

	/**
	 * The endpoints that act for an authenticated caller: a login, which links the new account to
	 * the caller, and a disconnect.
	 * @param paths the matcher builder
	 * @param base the base path, without a trailing slash
	 * @return the matcher
	 */
	static RequestMatcher actingForCaller(PathPatternRequestMatcher.Builder paths, String base) {
		List<RequestMatcher> matchers = new ArrayList<>();
		SocialLoginController.endpointNames()
			.forEach((name) -> matchers.add(paths.matcher(HttpMethod.POST, base + "/social/" + name + "/**")));
		matchers.add(paths.matcher(HttpMethod.DELETE, base + "/social/accounts/**"));
		return new OrRequestMatcher(matchers);
	}

}
