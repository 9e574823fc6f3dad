package io.restsocial.core.pipeline;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.user.UserService;

/**
 * Chooses a unique username for a new user ({@code get_username}), as python-social-auth does:
 * the provider's username (or the whole email, if so set), cleaned of characters outside
 * {@code [\w.@+-]}, cut to the column's length, and made unique with random hex characters.
 */
public final class GetUsernameStep implements PipelineStep {

	// Django's clean_username: keep word characters and . @ + - only.
	private static final Pattern UNSAFE = Pattern.compile("[^\\w.@+\\-]+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserService users;

	private final PipelineSettings settings;

	/**
	 * Create the step.
	 * @param users the users, to check a name is free
	 * @param settings the username settings
	 */
	public GetUsernameStep(UserService users, PipelineSettings settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public void execute(AuthContext context) {
		if (context.getUser() != null) {
			return;
		}
		SocialDetails details = context.getDetails();
		String username;
		if (this.settings.usernameIsFullEmail() && !details.email().isEmpty()) {
			username = details.email();
		}
		else if (!details.username().isEmpty()) {
			username = details.username();
		}
		else {
			username = randomHex(32);
		}
		int max = this.settings.usernameMaxLength();
		String shortName = cut(username, max - this.settings.uuidLength());
		String finalName = clean(cut(username, max));
		while (finalName.isEmpty() || this.users.usernameExists(finalName)) {
			finalName = clean(cut(shortName + randomHex(this.settings.uuidLength()), max));
		}
		context.setUsername(finalName);
	}

	static String clean(String username) {
		return UNSAFE.matcher(username).replaceAll("");
	}

	private static String cut(String value, int length) {
		return (value.length() <= length) ? value : value.substring(0, length);
	}

	private static String randomHex(int length) {
		byte[] bytes = new byte[(length + 1) / 2];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes).substring(0, length);
	}

}
