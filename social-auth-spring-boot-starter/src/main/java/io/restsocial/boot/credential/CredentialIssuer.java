package io.restsocial.boot.credential;

import java.util.List;
import java.util.Map;

import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Issues one kind of credential once a login has found its user: the seam each credential kind
 * (session, stored token, JWT pair, sliding JWT, opaque token, each in its package below this
 * one) plugs into. Runs inside the login's transaction: if it fails, nothing of the login is
 * written.
 * <p>
 * An issuer names the login endpoints it serves ({@link #endpoints()}); the login controller
 * builds its table from the issuer beans, so an application's own issuer bean adds its endpoints,
 * {@code POST {base}/social/<name>/[<provider>/]}, protected like the starter's own: a CSRF token
 * for a caller known by its session cookie, the state bound to the browser, the request limits.
 * Two issuers may not serve the same name, and the names of the companion endpoints under
 * {@code social/} ({@link LoginEndpoints#RESERVED}) are not for logins: either stops the start-up.
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
	 * The kind of credential this issuer issues, such as {@link #TOKEN}; it names the issuer in
	 * messages and, by default, its one endpoint.
	 * @return the kind
	 */
	String kind();

	/**
	 * The login endpoints this issuer serves, each answering the credential with or without the
	 * user; by default one endpoint named after the {@link #kind()}, answering the credential only.
	 * @return the endpoints, at least one
	 */
	default List<CredentialEndpoint> endpoints() {
		return List.of(CredentialEndpoint.of(kind()));
	}

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
