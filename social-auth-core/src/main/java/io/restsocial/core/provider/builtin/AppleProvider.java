package io.restsocial.core.provider.builtin;

import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.restsocial.core.error.InvalidRequestException;
import io.restsocial.core.http.ResponseParser;
import io.restsocial.core.keys.PemKeys;
import io.restsocial.core.provider.LoginRequest;
import io.restsocial.core.oauth2.ClientSecretSupplier;
import io.restsocial.core.oauth2.OAuth2ProviderDefinition;
import io.restsocial.core.oauth2.UserInfoLoader;
import io.restsocial.core.oidc.IdTokenSettings;
import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.provider.UserIdMapper;

import org.springframework.util.Assert;

/**
 * Sign in with Apple ({@code apple-id}): the client secret is an ES256 JWT signed with the
 * team's key ({@code settings.team-id}, {@code settings.key-id}, {@code settings.private-key},
 * the {@code .p8} file's PEM text); the user comes from the ID token, and first and last names
 * from the {@code user} object Apple posts to the front-end on the first login only. The email
 * (a private relay address too) is verified by the ID token's {@code email_verified}, a string
 * or a boolean.
 *
 * @see <a href="https://developer.apple.com/documentation/accountorganizationaldatasharing/creating-a-client-secret">Creating
 * a client secret</a>
 */
public final class AppleProvider {

	/** The wire name. */
	public static final String NAME = "apple-id";

	/** The issuer of Apple's ID tokens, and the audience of client secrets. */
	public static final String ISSUER = "https://appleid.apple.com";

	// Apple accepts up to six months; a secret is made per token request, so minutes suffice.
	private static final Duration SECRET_LIFETIME = Duration.ofMinutes(10);

	private AppleProvider() {
	}

	/**
	 * The definition.
	 * @return the definition
	 */
	public static OAuth2ProviderDefinition definition() {
		return OAuth2ProviderDefinition.withName(NAME)
			.authorizationUri(ISSUER + "/auth/authorize")
			.tokenUri(ISSUER + "/auth/token")
			.scope("name", "email")
			.idToken(new IdTokenSettings(ISSUER, ISSUER + "/auth/keys", false, true))
			.userInfoLoader(UserInfoLoader.none())
			.clientSecretSupplier(AppleProvider::clientSecret)
			.responseCustomizer(AppleProvider::putPostedUser)
			.detailsMapper(AppleProvider::details)
			.userIdMapper(UserIdMapper.key("sub"))
			.build();
	}

	/**
	 * The client secret: an ES256 JWT with {@code iss} the team id, {@code sub} the client id,
	 * {@code aud} Apple, and the key id in its header.
	 * @param request the client id, the registration's settings and the clock
	 * @return the signed secret
	 */
	static String clientSecret(ClientSecretSupplier.Request request) {
		String teamId = request.settings().get("team-id");
		String keyId = request.settings().get("key-id");
		String privateKey = request.settings().get("private-key");
		Assert.state(teamId != null && keyId != null && privateKey != null,
				"Provider 'apple-id' needs its settings.team-id, key-id and private-key");
		Instant now = request.clock().instant();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(teamId)
			.subject(request.clientId())
			.audience(ISSUER)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(SECRET_LIFETIME)))
			.build();
		SignedJWT secret = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keyId).build(), claims);
		try {
			secret.sign(new ECDSASigner((ECPrivateKey) PemKeys.privateKey(privateKey, "settings.private-key")));
		}
		catch (JOSEException | ClassCastException ex) {
			throw new IllegalStateException(
					"The settings.private-key of 'apple-id' must be the EC (P-256) key of Apple's .p8 file", ex);
		}
		return secret.serialize();
	}

	// The user object the front-end relays (Apple posts one, with names, on a first login only)
	// goes into the response as "user", for the details mapper.
	private static void putPostedUser(LoginRequest request, Map<String, Object> response) {
		if (request.user() == null) {
			return;
		}
		Map<String, Object> user = ResponseParser.parseObject(request.user());
		if (user == null || !request.user().strip().startsWith("{")) {
			throw new InvalidRequestException("'user' must be a JSON object", "user");
		}
		response.put("user", user);
	}

	/**
	 * Details from the ID token and, on a first login, the posted {@code user} object; the
	 * username is the {@code sub}, as in python-social-auth.
	 * @param response the ID token's claims and the posted user
	 * @return the details
	 */
	static SocialDetails details(Map<String, Object> response) {
		String first = "";
		String last = "";
		if (response.get("user") instanceof Map<?, ?> user && user.get("name") instanceof Map<?, ?> name) {
			first = (name.get("firstName") != null) ? String.valueOf(name.get("firstName")) : "";
			last = (name.get("lastName") != null) ? String.valueOf(name.get("lastName")) : "";
		}
		return SocialDetails.of(Values.string(response, "sub"), Values.string(response, "email"), null, first, last)
			.withEmailVerified(Values.isTrue(response, "email_verified"));
	}

}
