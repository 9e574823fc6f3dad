package io.restsocial.boot.credential;

import java.util.Map;

import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Issues one kind of credential once a login has found its user: the seam each credential kind
 * (session, stored token, JWT pair, sliding JWT, opaque token) plugs into. Runs inside the login's
 * transaction: if it fails, nothing of the login is written.
 */
public interface CredentialIssuer {

	/** The session kind, served by {@code social/session/}. */
	String SESSION = "session";

	/** The stored token kind, served by {@code social/token/} and {@code social/token_user/}. */
	String TOKEN = "token";

	/** The JWT pair kind, served by {@code social/jwt-pair/} and {@code social/jwt-pair-user/}. */
	String JWT_PAIR = "jwt-pair";

	/** The sliding JWT kind, served by {@code social/jwt-sliding/} and {@code social/jwt-sliding-user/}. */
	String JWT_SLIDING = "jwt-sliding";

	/** The opaque token kind, served by {@code social/opaque/} and {@code social/opaque_user/}. */
	String OPAQUE = "opaque";

	/**
	 * The kind of credential this issuer issues; one issuer per kind.
	 * @return the kind, such as {@link #TOKEN}
	 */
	String kind();

	/**
	 * Issue the credential.
	 * @param user the logged-in user
	 * @param withUser whether the endpoint answers the user too (the {@code -user} endpoints),
	 * which JWTs mirror by carrying the user's fields as claims
	 * @param request the login request
	 * @param response the login response, for cookies
	 * @return the fields to add to the response body, such as {@code token}; may be empty
	 */
	Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
			HttpServletResponse response);

}
