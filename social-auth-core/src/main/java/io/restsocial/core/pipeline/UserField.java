package io.restsocial.core.pipeline;

/**
 * A field of the user that the provider's details may write: python-social-auth's
 * {@code USER_FIELDS} and {@code PROTECTED_USER_FIELDS} name the same fields. The username is not
 * one: it is chosen once, by {@link GetUsernameStep}, and never overwritten.
 */
public enum UserField {

	/** The email address, with whether the provider verified it. */
	EMAIL,

	/** The first name. */
	FIRST_NAME,

	/** The last name. */
	LAST_NAME

}
