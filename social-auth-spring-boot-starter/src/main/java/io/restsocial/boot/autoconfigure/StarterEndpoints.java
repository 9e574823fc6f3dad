package io.restsocial.boot.autoconfigure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.credential.LoginEndpoints;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.function.SingletonSupplier;

/**
 * The starter's own endpoints under the base path, each with or without a trailing slash and a
 * trailing provider segment: as request matchers for its filter chain, and as servlet URL
 * patterns for its request limits filter. Both are made from the lists here and from the login
 * controller's table of login endpoints ({@link LoginEndpoints}), which the credential issuer
 * beans make: an application's own issuer's endpoints are matched like the starter's.
 */
final class StarterEndpoints {

	/** The companions under {@code {base}/social/}. */
	private static final List<String> SOCIAL_COMPANIONS = LoginEndpoints.RESERVED;

	/** The companions directly under {@code {base}/}. */
	private static final List<String> COMPANIONS = List.of("token/refresh", "token/verify", "token/blacklist",
			"token/sliding/refresh", "logout", "logoutall");

	/** The JWT companions, {@code JwtTokenController}'s. */
	private static final List<String> JWT_COMPANIONS = List.of("token/refresh", "token/verify", "token/blacklist",
			"token/sliding/refresh", "jwks.json");

	/** The opaque token companions, {@code OpaqueTokenController}'s. */
	private static final List<String> OPAQUE_COMPANIONS = List.of("logout", "logoutall");

	private StarterEndpoints() {
	}

	/**
	 * The servlet URL patterns that cover every endpoint of the starter: prefix patterns, so
	 * {@code /logout/*} matches {@code /logout} too. They are wider than {@link #all} (every path
	 * under {@code social/} and {@code token/}, so every login endpoint an issuer may serve),
	 * which only makes the limits apply to the starter's 404s as well.
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
	 * Every endpoint the starter serves: its logins, its companions under {@code social/}, and
	 * the JWT and opaque token companions when their controllers are there, so that an
	 * application's own endpoint at such a path (a session {@code /logout} under a base path of
	 * {@code /}) stays with the application's chain.
	 * @param paths the matcher builder
	 * @param base the base path, without a trailing slash
	 * @param logins the login endpoints, asked for on the first request
	 * @param jwtCompanions whether the JWT companions are served, asked for on the first request
	 * @param opaqueCompanions whether the opaque token companions are served, asked for on the
	 * first request
	 * @return the matcher
	 */
	static RequestMatcher all(PathPatternRequestMatcher.Builder paths, String base, Supplier<LoginEndpoints> logins,
			BooleanSupplier jwtCompanions, BooleanSupplier opaqueCompanions) {
		List<RequestMatcher> matchers = new ArrayList<>();
		matchers.add(logins(logins, LoginEndpoints::names, (name) -> paths.matcher(base + "/social/" + name + "/**")));
		SOCIAL_COMPANIONS.forEach((name) -> matchers.add(paths.matcher(base + "/social/" + name + "/**")));
		matchers.add(companions(jwtCompanions, JWT_COMPANIONS, paths, base));
		matchers.add(companions(opaqueCompanions, OPAQUE_COMPANIONS, paths, base));
		return new OrRequestMatcher(matchers);
	}

	// Made on the first request, once, as the logins' matchers are.
	private static RequestMatcher companions(BooleanSupplier served, List<String> names,
			PathPatternRequestMatcher.Builder paths, String base) {
		SingletonSupplier<RequestMatcher> matchers = SingletonSupplier.of(() -> served.getAsBoolean()
				? new OrRequestMatcher(names.stream()
					.<RequestMatcher>map((name) -> paths.matcher(base + "/" + name + "/**"))
					.toList())
				: (request) -> false);
		return (request) -> matchers.obtain().matches(request);
	}

	/**
	 * The endpoints that act for an authenticated caller: a login, which links the new account to
	 * the caller, and a disconnect.
	 * @param paths the matcher builder
	 * @param base the base path, without a trailing slash
	 * @param logins the login endpoints, asked for on the first request
	 * @return the matcher
	 */
	static RequestMatcher actingForCaller(PathPatternRequestMatcher.Builder paths, String base,
			Supplier<LoginEndpoints> logins) {
		return new OrRequestMatcher(
				logins(logins, LoginEndpoints::names,
						(name) -> paths.matcher(HttpMethod.POST, base + "/social/" + name + "/**")),
				paths.matcher(HttpMethod.DELETE, base + "/social/accounts/**"));
	}

	/**
	 * The session logins, which always need a CSRF token when CSRF protection is on.
	 * @param paths the matcher builder
	 * @param base the base path, without a trailing slash
	 * @param logins the login endpoints, asked for on the first request
	 * @return the matcher
	 */
	static RequestMatcher sessionLogins(PathPatternRequestMatcher.Builder paths, String base,
			Supplier<LoginEndpoints> logins) {
		return logins(logins, (endpoints) -> endpoints.namesOf(CredentialIssuer.SESSION),
				(name) -> paths.matcher(HttpMethod.POST, base + "/social/" + name + "/**"));
	}

	// The filter chain is built before the login controller, whose table comes from the issuer
	// beans: the matchers of its names are made on the first request, once.
	private static RequestMatcher logins(Supplier<LoginEndpoints> logins,
			Function<LoginEndpoints, Collection<String>> names, Function<String, RequestMatcher> matcher) {
		SingletonSupplier<RequestMatcher> matchers = SingletonSupplier.of(() -> {
			List<RequestMatcher> each = names.apply(logins.get()).stream().map(matcher).toList();
			return each.isEmpty() ? (request) -> false : new OrRequestMatcher(each);
		});
		return (request) -> matchers.obtain().matches(request);
	}

}
