package io.restsocial.boot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

import io.restsocial.boot.jwt.JwtKeys;
import io.restsocial.core.keys.PemKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

/**
 * Turns {@code rest.social.jwt.*} key settings into {@link JwtKeys}.
 */
final class JwtKeysMapper {

	private static final Logger logger = LoggerFactory.getLogger(JwtKeysMapper.class);

	private JwtKeysMapper() {
	}

	static JwtKeys asKeys(RestSocialProperties.Jwt jwt) {
		boolean secret = StringUtils.hasText(jwt.getSecret());
		boolean keyPair = jwt.getPrivateKey() != null || jwt.getPublicKey() != null;
		if (secret && keyPair) {
			throw new IllegalStateException(
					"rest.social.jwt: set either secret (HS256) or private-key and public-key (RS256/ES256), not both");
		}
		if (keyPair) {
			if (jwt.getPrivateKey() == null || jwt.getPublicKey() == null) {
				throw new IllegalStateException("rest.social.jwt: private-key and public-key go together");
			}
			KeyPair pair = new KeyPair(PemKeys.publicKey(jwt.getPublicKey(), "rest.social.jwt.public-key"),
					PemKeys.privateKey(jwt.getPrivateKey(), "rest.social.jwt.private-key"));
			List<PublicKey> previous = jwt.getPreviousPublicKeys()
				.stream()
				.map((Resource resource) -> PemKeys.publicKey(resource, "rest.social.jwt.previous-public-keys"))
				.toList();
			return JwtKeys.asymmetric(pair, jwt.getKeyId(), previous);
		}
		if (secret) {
			for (String previous : jwt.getPreviousSecrets()) {
				if (previous.getBytes(StandardCharsets.UTF_8).length < 32) {
					throw new IllegalStateException(
							"rest.social.jwt.previous-secrets: every secret must be at least 256 bits (32 bytes)");
				}
			}
			return JwtKeys.hmac(jwt.getSecret().getBytes(StandardCharsets.UTF_8), jwt.getPreviousSecrets()
				.stream()
				.map((previous) -> previous.getBytes(StandardCharsets.UTF_8))
				.toList());
		}
		logger.warn("No rest.social.jwt.secret or private-key: JWTs are signed with a random key made at start-up; "
				+ "they will not survive a restart nor work across instances");
		return JwtKeys.random();
	}

}
