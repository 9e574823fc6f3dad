package io.restsocial.boot.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * The key that signs login states: {@code rest.social.state.secret}, else
 * {@code rest.social.jwt.secret}, else a random key with a warning (states issued by one
 * instance then fail on another).
 */
final class StateSecrets {

	private static final Logger logger = LoggerFactory.getLogger(StateSecrets.class);

	private StateSecrets() {
	}

	static byte[] of(RestSocialProperties properties) {
		if (StringUtils.hasText(properties.getState().getSecret())) {
			return properties.getState().getSecret().getBytes(StandardCharsets.UTF_8);
		}
		if (StringUtils.hasText(properties.getJwt().getSecret())) {
			return properties.getJwt().getSecret().getBytes(StandardCharsets.UTF_8);
		}
		logger.warn("No rest.social.state.secret or rest.social.jwt.secret: login states are signed with a random "
				+ "key made at start-up; a state issued by one instance will fail on another");
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}

}
