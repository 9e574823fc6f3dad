package io.restsocial.boot.credential.jwt;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialEndpoint;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.boot.jwt.JwtTokenService;
import io.restsocial.boot.security.SocialUserAuthorities;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.Assert;

/**
 * Answers {@code {"token": access, "refresh": refresh}}.
 */
public class JwtPairCredentialIssuer implements CredentialIssuer {

	private final JwtTokenService jwts;

	private SocialUserAuthorities authorities = SocialUserAuthorities.defaults();

	/**
	 * Create the issuer.
	 * @param jwts the JWT service
	 */
	public JwtPairCredentialIssuer(JwtTokenService jwts) {
		Assert.notNull(jwts, "jwts cannot be null");
		this.jwts = jwts;
	}

	/**
	 * Set what gives a logged-in user the authorities its tokens carry when
	 * {@code rest.social.jwt.authorities-claim} is set; the {@link SocialUserAuthorities} bean
	 * when there is one, {@link SocialUserAuthorities#defaults()} otherwise.
	 * @param authorities the authorities of users
	 */
	@Autowired(required = false)
	public void setUserAuthorities(SocialUserAuthorities authorities) {
		Assert.notNull(authorities, "authorities cannot be null");
		this.authorities = authorities;
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
		return this.jwts.issuePair(user, withUser, this.authorities.authorities(user));
	}

}
