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
 * the provider's username (or the whole email, if so set and the provider verified it),
 * normalised and cleaned ({@link #clean(String)}), cut to the column's length, and made unique
 * with random hex characters. With {@link PipelineSettings#slugifyUsernames()}, each candidate is
 * also made an ASCII slug ({@link #slugify(String)}), and cut again after it, since a slug can be
 * longer than its name.
 * <p>
 * Unlike python-social-auth, an email the provider did not verify never becomes a username: it
 * would let anyone take the name of an address they do not own.
 */
public final class GetUsernameStep implements PipelineStep {

	// Django's clean_username, [^\w.@+-], with Python's \w: letters, numbers and the underscore.
	// Java's Unicode \w also keeps combining marks and joiners, which make look-alike names.
	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}_.@+\\-]+");

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
		if (this.settings.usernameIsFullEmail() && !details.verifiedEmail().isEmpty()) {
			username = details.verifiedEmail();
		}
		else if (!details.username().isEmpty()) {
			username = details.username();
		}
		else {
			username = randomHex(32);
		}
		int max = this.settings.usernameMaxLength();
		int uuid = this.settings.uuidLength();
		String finalName = finalName(username, max);
		if (finalName.isEmpty() || this.users.usernameExists(finalName)) {
			// Random hex characters, which cleaning and slugs keep as they are, after a shorter name.
			String shortName = finalName(username, max - uuid);
			do {
				finalName = shortName + randomHex(uuid);
			}
			while (this.users.usernameExists(finalName));
		}
		context.setUsername(finalName);
	}

	// The name cut to a length, cleaned, made a slug if so set, and cut again.
	private String finalName(String username, int length) {
		String clean = clean(cut(username, length));
		return cut(this.settings.slugifyUsernames() ? slugify(clean) : clean, length);
	}

	/**
	 * Django's {@code clean_username} as python-social-auth applies it, after Django's
	 * {@code normalize_username}: the name in Unicode normal form NFKC, keeping only letters,
	 * numbers, {@code _}, {@code .}, {@code @}, {@code +} and {@code -}. Joiners, variation
	 * selectors and combining marks left over go, so that no invisible character tells two names
	 * apart; full-width letters become their ASCII forms.
	 * @param username the name
	 * @return the cleaned name, possibly empty
	 */
	static String clean(String username) {
		return UNSAFE.matcher(Normalizer.normalize(username, Normalizer.Form.NFKC)).replaceAll("");
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
