package io.restsocial.boot.credential.opaque;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restsocial.boot.credential.CredentialEndpoint;
import io.restsocial.boot.credential.CredentialIssuer;
import io.restsocial.core.token.IssuedOpaqueToken;
import io.restsocial.core.token.OpaqueTokenService;
import io.restsocial.core.user.SocialUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.Assert;

/**
 * Answers {@code {"token": ..., "expiry": ...}}: a new opaque token, whose clear text exists only
 * in this answer; {@code expiry} is ISO-8601, or {@code null} for a token that never expires.
 */
public class OpaqueTokenCredentialIssuer implements CredentialIssuer {

	private final OpaqueTokenService tokens;

	/**
	 * Create the issuer.
	 * @param tokens the opaque tokens
	 */
	public OpaqueTokenCredentialIssuer(OpaqueTokenService tokens) {
		Assert.notNull(tokens, "tokens cannot be null");
		this.tokens = tokens;
	}

	@Override
	public String kind() {
		return OPAQUE;
	}

	@Override
	public List<CredentialEndpoint> endpoints() {
		// knox and knox_user are django-rest-social-auth's names for the same answers.
		return List.of(CredentialEndpoint.of("opaque"), CredentialEndpoint.withUser("opaque_user"),
				CredentialEndpoint.of("knox"), CredentialEndpoint.withUser("knox_user"));
	}

	@Override
	public Map<String, Object> issue(SocialUser user, boolean withUser, HttpServletRequest request,
			HttpServletResponse response) {
		IssuedOpaqueToken issued = this.tokens.create(user.idAsString());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token", issued.token());
		answer.put("expiry", (issued.expiry() != null) ? issued.expiry().toString() : null);
		return answer;
	}

}
