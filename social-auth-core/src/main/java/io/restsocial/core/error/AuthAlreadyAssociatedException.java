package io.restsocial.core.error;

/**
 * Thrown when an authenticated caller tries to link a social account that belongs to another user.
 */
public class AuthAlreadyAssociatedException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param provider the provider of the account
	 */
	public AuthAlreadyAssociatedException(String provider) {
		super("This " + provider + " account is already linked to another user");
	}

	@Override
	public String getCode() {
		return "already_associated";
	}

}
