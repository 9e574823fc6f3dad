package io.restsocial.core.provider.builtin;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.oauth2.LoginRequestConverter;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.provider.LoginRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facebook's app and canvas login ({@code facebook-app}, python-social-auth's
 * {@code FacebookAppOAuth2}): the front-end posts the {@code signed_request} that Facebook's
 * JavaScript SDK ({@code authResponse.signedRequest}) or a canvas page gave it. The request is
 * checked first, as python-social-auth checks it: its signature is the HMAC-SHA256 of its payload
 * keyed by the app secret, compared in constant time; its {@code algorithm} must be
 * {@code HMAC-SHA256}, and its {@code issued_at} less than a day old. The login then goes on as
 * {@code facebook}'s access token login, as python-social-auth's does: with the payload's
 * {@code oauth_token} (a canvas page's), else the {@code access_token} posted with it (the SDK's
 * {@code authResponse.accessToken}); as any access token login it needs {@code allow-access-token}
 * and Facebook's {@code debug_token} to say the token is this app's. The user Facebook then
 * answers must be the signed request's {@code user_id}, so that a token of another user cannot
 * ride on it. A request without a {@code signed_request} is {@code facebook}'s.
 *
 * @see <a href="https://developers.facebook.com/docs/reference/login/signed-request">Facebook's signed
 * request</a>
 */
public final class FacebookAppProvider {

	/** The wire name. */
	public static final String NAME = "facebook-app";

	private static final String FIELD = "signed_request";

	private static final Duration MAX_AGE = Duration.ofDays(1);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FacebookAppProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.from(FacebookProvider.definition())
			.name(NAME)
			.requestConverter(FacebookAppProvider::fromSignedRequest)
			.responseCustomizer(FacebookAppProvider::requireSignedUser)
			.build();
	}

	private static LoginRequest fromSignedRequest(LoginRequest request, LoginRequestConverter.Keys keys) {
		if (request.signedRequest() == null || request.signedRequest().isBlank()) {
			return request;
		}
		Map<String, Object> payload = verified(request.signedRequest(), keys);
		String token = (payload.get("oauth_token") instanceof String oauthToken && !oauthToken.isEmpty()) ? oauthToken
				: request.accessToken();
		if (token == null || token.isBlank()) {
			throw invalid("it carries no oauth_token, and no access_token was posted with it");
		}
		return request.toBuilder().code(null).accessToken(token).build();
	}

	// The signed request was checked before the login: its user_id, when it names one, is the user.
	private static void requireSignedUser(LoginRequest request, Map<String, Object> response) {
		if (request.signedRequest() == null || request.signedRequest().isBlank()) {
			return;
		}
		Object userId = payload(request.signedRequest().substring(request.signedRequest().indexOf('.') + 1))
			.get("user_id");
		if (userId != null && !String.valueOf(userId).equals(String.valueOf(response.get("id")))) {
			throw invalid("Facebook answered another user than its user_id");
		}
	}

	private static Map<String, Object> payload(String encodedPayload) {
		try {
			return JSON.readValue(Base64.getUrlDecoder().decode(unpadded(encodedPayload)),
					new TypeReference<Map<String, Object>>() {
					});
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid("it is not <signature>.<payload> in base64url");
		}
	}

	// python-social-auth's load_signed_request, with the algorithm checked too.
	private static Map<String, Object> verified(String signedRequest, LoginRequestConverter.Keys keys) {
		int dot = signedRequest.indexOf('.');
		if (keys.clientSecret() == null) {
			throw invalid("it cannot be checked without the app secret (client-secret)");
		}
		if (dot <= 0 || dot == signedRequest.length() - 1) {
			throw invalid("it is not <signature>.<payload>");
		}
		String encodedPayload = signedRequest.substring(dot + 1);
		byte[] signature;
		try {
			signature = Base64.getUrlDecoder().decode(unpadded(signedRequest.substring(0, dot)));
		}
		catch (IllegalArgumentException ex) {
			throw invalid("it is not <signature>.<payload> in base64url");
		}
		Map<String, Object> payload = payload(encodedPayload);
		if (!"HMAC-SHA256".equalsIgnoreCase(String.valueOf(payload.get("algorithm")))) {
			throw invalid("its algorithm is not HMAC-SHA256");
		}
		if (!MessageDigest.isEqual(signature, hmacSha256(keys.clientSecret(), encodedPayload))) {
			throw invalid("its signature is not this app's");
		}
		if (!(payload.get("issued_at") instanceof Number issuedAt)
				|| issuedAt.longValue() <= keys.clock().instant().minus(MAX_AGE).getEpochSecond()) {
			throw invalid("it was issued more than a day ago");
		}
		return payload;
	}

	private static String unpadded(String base64) {
		return base64.replace("=", "");
	}

	private static byte[] hmacSha256(String secret, String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static InvalidRequestException invalid(String reason) {
		return new InvalidRequestException("The signed_request is not valid: " + reason, FIELD);
	}

}
