package io.restsocial.boot.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer of {@code POST {base}/social/state/{provider}/}: a state for the authorization
 * request, with what else the provider's login takes; a field that does not apply is left out.
 *
 * @param state the signed, single-use state to send back with the code
 * @param nonce the nonce for the ID token, for providers that issue one
 * @param codeChallenge the PKCE S256 challenge, for providers that use PKCE
 * @param codeChallengeMethod {@code S256}, with a challenge
 * @param expiresAt when the state expires (ISO-8601)
 * @param authorizationUrl the provider's authorization URL with all of them, for an OAuth 2.0
 * provider
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1">RFC 6749, section 4.1.1</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7636#section-4.3">RFC 7636, section 4.3</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "state", "nonce", "code_challenge", "code_challenge_method", "expires_at", "authorization_url" })
public record LoginStateResponse(String state, String nonce, @JsonProperty("code_challenge") String codeChallenge,
		@JsonProperty("code_challenge_method") String codeChallengeMethod,
		@JsonProperty("expires_at") String expiresAt, @JsonProperty("authorization_url") String authorizationUrl) {

}
