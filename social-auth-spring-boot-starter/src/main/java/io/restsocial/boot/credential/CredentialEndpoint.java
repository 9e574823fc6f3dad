package io.restsocial.boot.credential;

import java.util.regex.Pattern;

import org.springframework.util.Assert;

/**
 * A login endpoint a {@link CredentialIssuer} serves: {@code POST {base}/social/<name>/}, which
 * answers the issued credential, and the user too when {@code withUser} is set.
 *
 * @param name the endpoint's name, one path segment of letters, digits, {@code -} and {@code _},
 * such as {@code token_user}
 * @param withUser whether the endpoint answers the user's fields besides the credential
 */
public record CredentialEndpoint(String name, boolean withUser) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

	/**
	 * Create the endpoint.
	 * @param name the endpoint's name
	 * @param withUser whether the endpoint answers the user's fields besides the credential
	 */
	public CredentialEndpoint {
		Assert.isTrue(name != null && NAME.matcher(name).matches(), () -> "Login endpoint name '" + name
				+ "' must be one path segment of letters, digits, '-' and '_'");
	}

	/**
	 * An endpoint that answers the credential only.
	 * @param name the endpoint's name, such as {@code token}
	 * @return the endpoint
	 */
	public static CredentialEndpoint of(String name) {
		return new CredentialEndpoint(name, false);
	}

	/**
	 * An endpoint that answers the user and the credential.
	 * @param name the endpoint's name, such as {@code token_user}
	 * @return the endpoint
	 */
	public static CredentialEndpoint withUser(String name) {
		return new CredentialEndpoint(name, true);
	}

}
