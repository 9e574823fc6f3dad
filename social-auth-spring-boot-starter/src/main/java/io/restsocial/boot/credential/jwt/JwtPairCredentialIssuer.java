package io.restsocial.boot.credential.jwt;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialEndpoint;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.Assert;

/**
 * Answers {@code {"token": access, "refresh": refresh}}.
 */
public class JwtPairCredentialIssuer implements CredentialIssuer {

	private final JwtTokenService jwts;

	/**
	 * Create the issuer.
	 * @param jwts the JWT service
	 */
	public JwtPairCredentialIssuer(JwtTokenService jwts) {
		Assert.notNull(jwts, "jwts cannot be null");
		this.jwts = jwts;
	}

	@Override
	public String kind() {
		return JWT_PAIR;
	}

	@Override
	public List<CredentialEndpoint> endpoints() {
		return List.of(CredentialEndpoint.of("jwt-pair"), CredentialEndpoint.withUser("jwt-pair-user"));
	}

	@Override
	public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
			HttpServletResponse response) {
		return this.jwts.issuePair(user, withUser);
	}

}
