package io.restsocial.core.error;

/**
 * Thrown when disconnecting a social account would leave its user with no way to log in.
 */
public class NotAllowedToDisconnectException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param provider the provider of the account
	 */
	public NotAllowedToDisconnectException(String provider) {
		super("This " + provider + " account is the only way this user logs in: link another before disconnecting it");
	}

	@Override
	public String getCode() {
		return "last_account";
	}

}
