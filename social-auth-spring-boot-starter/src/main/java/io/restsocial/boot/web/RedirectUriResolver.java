package io.restsocial.boot.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import io.restsocial.core.error.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Decides the redirect URI sent with the code exchange, in django-rest-social-auth's order: the
 * request's {@code redirect_uri}; else {@code absolute-redirect-uri}; else the
 * {@code redirect-uri} path (or Spring MVC mapping name) joined to the scheme and host of the
 * {@code Origin} header when {@code domain-from-origin} is on and the header is present; else
 * joined to the request's own scheme and host. An {@code Origin} header that is not a URI is
 * refused (400, naming {@code Origin}) when it would be used. With allowed redirect URIs set, a
 * redirect URI the request chose, as its {@code redirect_uri} or by the host of its
 * {@code Origin} or {@code Host} header, must be one of them (400, naming {@code redirect_uri}):
 * a provider that does not pin its redirect (or OAuth 1.0a callback) URIs would otherwise send
 * the user's code or verifier wherever the request said. The configured full URIs are not
 * checked.
 */
public class RedirectUriResolver {

	private final String absoluteRedirectUri;

	private final String redirectUri;

	private final boolean domainFromOrigin;

	private final RequestMappingHandlerMapping mappings;

	private volatile String mappingPattern;

	private Set<String> allowed = Set.of();

	/**
	 * Create the resolver.
	 * @param absoluteRedirectUri the full redirect URI, or {@code null}
	 * @param redirectUri the path, full URI or mapping name to join to a host
	 * @param domainFromOrigin whether to take the host from the Origin header
	 * @param mappings where mapping names are looked up, or {@code null} when none are used
	 */
	public RedirectUriResolver(String absoluteRedirectUri, String redirectUri, boolean domainFromOrigin,
			RequestMappingHandlerMapping mappings) {
		Assert.hasText(redirectUri, "redirectUri cannot be empty");
		this.absoluteRedirectUri = absoluteRedirectUri;
		this.redirectUri = redirectUri;
		this.domainFromOrigin = domainFromOrigin;
		this.mappings = mappings;
	}

	/**
	 * Resolve the redirect URI of a login.
	 * @param requested the {@code redirect_uri} the request carried, or {@code null}
	 * @param provider the provider's wire name, for a mapping with a {@code {provider}} variable
	 * @param request the login request
	 * @return the redirect URI
	 */
	public String resolve(String requested, String provider, HttpServletRequest request) {
		if (StringUtils.hasText(requested)) {
			return checked(requested);
		}
		if (StringUtils.hasText(this.absoluteRedirectUri)) {
			return this.absoluteRedirectUri;
		}
		String path = path(provider);
		if (path.startsWith("http://") || path.startsWith("https://")) {
			return path;
		}
		// Joined to a host the request names (its Origin, or its Host): the request chose it too.
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (this.domainFromOrigin && StringUtils.hasText(origin) && !"null".equals(origin)) {
			URI uri = origin(origin);
			if (uri.getScheme() != null && uri.getRawAuthority() != null) {
				return checked(uri.getScheme() + "://" + uri.getRawAuthority() + path);
			}
		}
		return checked(UriComponentsBuilder.newInstance()
			.scheme(request.getScheme())
			.host(request.getServerName())
			.port(defaultPort(request) ? -1 : request.getServerPort())
			.path(path)
			.build()
			.toUriString());
	}

	/**
	 * Set the redirect URIs a request may give, each compared whole.
	 * @param allowed the URIs; empty allows any
	 */
	public void setAllowedRedirectUris(Collection<String> allowed) {
		Assert.notNull(allowed, "allowed cannot be null");
		this.allowed = Set.copyOf(allowed);
	}

	/**
	 * Check a redirect URI a request gave against the allowed ones.
	 * @param requested the request's {@code redirect_uri}
	 * @return the URI, when allowed
	 * @throws InvalidRequestException when allowed URIs are set and it is not one of them
	 */
	public String checked(String requested) {
		if (!this.allowed.isEmpty() && !this.allowed.contains(requested)) {
			throw new InvalidRequestException("'redirect_uri' is not one of this server's allowed redirect URIs",
					"redirect_uri");
		}
		return requested;
	}

	private static URI origin(String origin) {
		try {
			return new URI(origin.strip());
		}
		catch (URISyntaxException ex) {
			throw new InvalidRequestException("The Origin header is not an origin (scheme://host[:port]); "
					+ "send the browser's Origin, or 'redirect_uri'", HttpHeaders.ORIGIN);
		}
	}

	private String path(String provider) {
		if (this.redirectUri.startsWith("/") || this.redirectUri.startsWith("http://")
				|| this.redirectUri.startsWith("https://")) {
			return this.redirectUri;
		}
		return UriComponentsBuilder.fromPath(mappingPattern())
			.buildAndExpand(Map.of("provider", String.valueOf(provider)))
			.toUriString();
	}

	// Looked up once: the mappings do not change once the application runs.
	private String mappingPattern() {
		String pattern = this.mappingPattern;
		if (pattern == null) {
			Assert.state(this.mappings != null, () -> "rest.social.redirect-uri '" + this.redirectUri
					+ "' is neither a path nor a URL, and there are no request mappings to look it up in");
			pattern = this.mappings.getHandlerMethods()
				.keySet()
				.stream()
				.filter((info) -> this.redirectUri.equals(info.getName()))
				.map((info) -> info.getPatternValues().iterator().next())
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("rest.social.redirect-uri '" + this.redirectUri
						+ "' is neither a path nor a URL, and no request mapping has that name"));
			this.mappingPattern = pattern;
		}
		return pattern;
	}

	private static boolean defaultPort(HttpServletRequest request) {
		return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
				|| ("https".equals(request.getScheme()) && request.getServerPort() == 443);
	}

}
