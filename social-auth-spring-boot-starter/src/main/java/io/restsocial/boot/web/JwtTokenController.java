package io.restsocial.boot.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.core.error.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JWT companions, under {@code rest.social.base-path}: refresh a pair, refresh a sliding
 * token, verify a token, revoke one, and publish the public keys.
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class JwtTokenController {

	private final JwtTokenService jwts;

	private final JsonMapper json;

	private RequestLimits limits = RequestLimits.defaults();

	/**
	 * Create the controller.
	 * @param jwts the JWT service
	 * @param json the mapper that reads JSON bodies
	 */
	public JwtTokenController(JwtTokenService jwts, JsonMapper json) {
		Assert.notNull(jwts, "jwts cannot be null");
		Assert.notNull(json, "json cannot be null");
		this.jwts = jwts;
		this.json = json;
	}

	/**
	 * Set how much of a request body is read, and how long each field may be; the
	 * {@link RequestLimits} bean when there is one, {@link RequestLimits#defaults()} otherwise.
	 * @param limits the limits
	 */
	@Autowired(required = false)
	public void setRequestLimits(RequestLimits limits) {
		Assert.notNull(limits, "limits cannot be null");
		this.limits = limits;
	}

	/**
	 * {@code {"refresh"}} to {@code {"token"[, "refresh"]}}.
	 * @param request the request
	 * @return the new access token, and a new refresh token when rotating
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/token/refresh", "/token/refresh/" })
	public LoginResponse refresh(HttpServletRequest request) throws IOException {
		return new LoginResponse(this.jwts.refresh(required(request, "refresh")));
	}

	/**
	 * {@code {"token"}} (a sliding token, expired or not) to {@code {"token"}}.
	 * @param request the request
	 * @return the refreshed sliding token
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/token/sliding/refresh", "/token/sliding/refresh/" })
	public LoginResponse refreshSliding(HttpServletRequest request) throws IOException {
		return new LoginResponse(Map.of("token", this.jwts.refreshSliding(required(request, "token"))));
	}

	/**
	 * {@code {"token"}} to {@code {}} when the token is valid, unexpired and not revoked.
	 * @param request the request
	 * @return an empty object
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/token/verify", "/token/verify/" })
	public Map<String, Object> verify(HttpServletRequest request) throws IOException {
		this.jwts.verify(required(request, "token"));
		return Map.of();
	}

	/**
	 * {@code {"refresh"}} (or {@code {"token"}}, a sliding token) to {@code {}}, revoking it.
	 * @param request the request
	 * @return an empty object
	 * @throws IOException when the body cannot be read
	 */
	@PostMapping({ "/token/blacklist", "/token/blacklist/" })
	public Map<String, Object> blacklist(HttpServletRequest request) throws IOException {
		RequestFields fields = RequestFields.readBody(request, this.json, Set.of("refresh", "token"), this.limits);
		if (fields.get("refresh") != null) {
			this.jwts.blacklist(fields.get("refresh"), "refresh");
		}
		else if (fields.get("token") != null) {
			this.jwts.blacklist(fields.get("token"), "token");
		}
		else {
			throw new InvalidRequestException("'refresh' is required: the refresh token to revoke", "refresh");
		}
		return Map.of();
	}

	/**
	 * The public keys that verify issued JWTs, as a JWK set (RFC 7517); 404 with HS256.
	 * @return the JWK set
	 */
	@GetMapping({ "/jwks.json" })
	public ResponseEntity<Map<String, Object>> jwks() {
		if (!this.jwts.keys().isAsymmetric()) {
			throw new UnknownEndpointException(
					"No jwks.json here: JWTs are signed with a shared secret (HS256), which has no public key");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/jwk-set+json"))
			.body(this.jwts.keys().publicJwkSet().toJSONObject());
	}

	private String required(HttpServletRequest request, String name) throws IOException {
		String value = RequestFields.readBody(request, this.json, Set.of(name), this.limits).get(name);
		if (value == null) {
			throw new InvalidRequestException("'" + name + "' is required", name);
		}
		return value;
	}

}
