package io.restsocial.core.pipeline;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import io.restsocial.core.provider.SocialDetails;
import io.restsocial.core.user.UserService;

/**
 * Chooses a unique username for a new user ({@code get_username}), as python-social-auth does:
 * the provider's username (or the whole email, if so set), cleaned of characters outside
 * {@code [\w.@+-]}, cut to the column's length, and made unique with random hex characters.
 * With {@link PipelineSettings#slugifyUsernames()}, each candidate is also made an ASCII slug
 * ({@link #slugify(String)}).
 */
public final class GetUsernameStep implements PipelineStep {

	// Django's clean_username: keep word characters and . @ + - only.
	private static final Pattern UNSAFE = Pattern.compile("[^\\w.@+\\-]+", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]+");

	private static final Pattern NOT_SLUG = Pattern.compile("[^\\w\\s-]");

	private static final Pattern SLUG_SEPARATORS = Pattern.compile("[-\\s]+");

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
		String finalName = finalName(cut(username, max));
		while (finalName.isEmpty() || this.users.usernameExists(finalName)) {
			finalName = finalName(cut(shortName + randomHex(this.settings.uuidLength()), max));
		}
		context.setUsername(finalName);
	}

	private String finalName(String username) {
		String clean = clean(username);
		return this.settings.slugifyUsernames() ? slugify(clean) : clean;
	}

	static String clean(String username) {
		return UNSAFE.matcher(username).replaceAll("");
	}

	/**
	 * python-social-auth's {@code slugify}: the name decomposed (NFKD) and kept to ASCII, then only
	 * word characters, spaces and hyphens, trimmed and lower-cased, with each run of spaces and
	 * hyphens made one hyphen. {@code "Zoë O'Brien"} becomes {@code "zoe-obrien"}; an email loses
	 * its {@code @} and dots.
	 * @param username the cleaned username
	 * @return the slug, possibly empty
	 */
	public static String slugify(String username) {
		String ascii = NON_ASCII.matcher(Normalizer.normalize(username, Normalizer.Form.NFKD)).replaceAll("");
		String kept = NOT_SLUG.matcher(ascii).replaceAll("").strip().toLowerCase(Locale.ROOT);
		return SLUG_SEPARATORS.matcher(kept).replaceAll("-");
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
