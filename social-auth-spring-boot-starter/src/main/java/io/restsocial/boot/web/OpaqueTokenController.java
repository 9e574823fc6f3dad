package io.restsocial.boot.web;

import io.restsocial.core.token.OpaqueTokenService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.Assert;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Logging out of opaque tokens, as django-rest-knox does: {@code POST {base}/logout/} revokes the
 * token of the request's {@code Authorization} header, {@code POST {base}/logoutall/} every token
 * of its user. Both answer 204, or 401 without a live opaque token.
 */
@RestController
@RequestMapping("${rest.social.base-path:/api/login}")
public class OpaqueTokenController {

	private final OpaqueTokenService tokens;

	private final String scheme;

	/**
	 * Create the controller.
	 * @param tokens the opaque tokens
	 * @param scheme the Authorization scheme of opaque tokens, {@code Token} by default
	 */
	public OpaqueTokenController(OpaqueTokenService tokens, String scheme) {
		Assert.notNull(tokens, "tokens cannot be null");
		Assert.hasText(scheme, "scheme cannot be empty");
		this.tokens = tokens;
		this.scheme = scheme;
	}

	/**
	 * Revoke the request's token.
	 * @param request the request
	 * @return 204
	 */
	@PostMapping({ "/logout", "/logout/" })
	public ResponseEntity<Void> logout(HttpServletRequest request) {
		this.tokens.revoke(token(request)).orElseThrow(InvalidTokenException::new);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Revoke every token of the request token's user.
	 * @param request the request
	 * @return 204
	 */
	@PostMapping({ "/logoutall", "/logoutall/" })
	public ResponseEntity<Void> logoutAll(HttpServletRequest request) {
		String userId = this.tokens.verify(token(request)).orElseThrow(InvalidTokenException::new);
		this.tokens.revokeAll(userId);
		return ResponseEntity.noContent().build();
	}

	private String token(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		String prefix = this.scheme + " ";
		if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
			throw new InvalidTokenException();
		}
		return header.substring(prefix.length()).strip();
	}

	private static final class InvalidTokenException extends io.restsocial.core.error.InvalidTokenException {

		private static final long serialVersionUID = 1L;

		InvalidTokenException() {
			super("Invalid or expired token: send a live opaque token as 'Authorization: Token <token>'",
					HttpHeaders.AUTHORIZATION);
		}

	}

}
