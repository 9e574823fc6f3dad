package io.restsocial.core.error;

/**
 * Thrown when a provider refused what it was sent: a 4xx answer, or an {@code error} in a 200
 * body, typically because the code is invalid, expired or was issued for another redirect URI.
 * <p>
 * The provider's own error text is kept apart in {@link #getProviderMessage()}: it is shown to
 * the caller only when verbose errors are switched on. Since a provider (or whoever answers in its
 * place) chooses that text, it is cleaned once, here: control characters (CR and LF first, which
 * would forge log lines) become spaces, and it is cut to {@value #MAX_PROVIDER_MESSAGE_LENGTH}
 * characters.
 */
public class ProviderException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/** The longest provider message kept; longer ones are cut and end with "...". */
	public static final int MAX_PROVIDER_MESSAGE_LENGTH = 300;

	private final String provider;

	private final String providerMessage;

	/**
	 * Create the exception.
	 * @param provider the provider that refused
	 * @param message our message, without secrets
	 * @param providerMessage the provider's own error text, or {@code null}; it is cleaned of
	 * control characters and cut to length
	 */
	public ProviderException(String provider, String message, String providerMessage) {
		super(message);
		this.provider = provider;
		this.providerMessage = clean(providerMessage);
	}

	/**
	 * The provider that refused.
	 * @return the provider name
	 */
	public String getProvider() {
		return this.provider;
	}

	/**
	 * The provider's own error text, such as its {@code error} and {@code error_description}.
	 * @return the provider's message, or {@code null}
	 */
	public String getProviderMessage() {
		return this.providerMessage;
	}

	/**
	 * Make provider-supplied text safe for one log line: every control, format or white-space
	 * character (CR, LF, TAB, ESC, the Unicode line separators, bidi overrides) becomes a space,
	 * runs of them become one, and the result is cut to {@value #MAX_PROVIDER_MESSAGE_LENGTH} characters.
	 * @param text the text, or {@code null}
	 * @return the cleaned text, or {@code null} when nothing printable is left
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder cleaned = new StringBuilder(Math.min(text.length(), MAX_PROVIDER_MESSAGE_LENGTH + 3));
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
				space = !cleaned.isEmpty();
				continue;
			}
			if (cleaned.length() + (space ? 1 : 0) >= MAX_PROVIDER_MESSAGE_LENGTH) {
				return cleaned.append("...").toString();
			}
			if (space) {
				cleaned.append(' ');
				space = false;
			}
			cleaned.append(c);
		}
		return cleaned.isEmpty() ? null : cleaned.toString();
	}

	@Override
	public String getCode() {
		return "provider_refused";
	}

}
