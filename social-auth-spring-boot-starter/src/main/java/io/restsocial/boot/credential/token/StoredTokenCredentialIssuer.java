package io.restsocial.boot.credential.token;

import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialEndpoint;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.core.token.StoredTokenService;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.Assert;

/**
 * Answers {@code {"token": ...}}: the user's one stored token, created on the first login.
 */
public class StoredTokenCredentialIssuer implements CredentialIssuer {

	private final StoredTokenService tokens;

	/**
	 * Create the issuer.
	 * @param tokens the stored tokens
	 */
	public StoredTokenCredentialIssuer(StoredTokenService tokens) {
		Assert.notNull(tokens, "tokens cannot be null");
		this.tokens = tokens;
	}

	@Override
	public String kind() {
		return TOKEN;
	}

	@Override
	public List<CredentialEndpoint> endpoints() {
		return List.of(CredentialEndpoint.of("token"), CredentialEndpoint.withUser("token_user"));
	}

	@Override
	public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
			HttpServletResponse response) {
		return Map.of("token", this.tokens.obtain(user.idAsString()));
	}

}
