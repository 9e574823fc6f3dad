package io.restsocial.boot.credential;

import java.util.Map;

import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Issues the credential of one kind of login endpoint once the user is known. Runs inside the
 * login's transaction: if it fails, nothing of the login is written.
 */
@FunctionalInterface
public interface CredentialIssuer {

	/**
	 * Issue the credential.
	 * @param user the logged-in user
	 * @param request the login request
	 * @param response the login response, for cookies
	 * @return the fields to add to the response body, such as {@code token}; may be empty
	 */
	Map<String, Object> issue(SocialUser user, HttpServletRequest request, HttpServletResponse response);

}
