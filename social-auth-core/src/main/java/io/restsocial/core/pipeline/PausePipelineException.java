package io.restsocial.core.pipeline;

import java.util.List;

import io.restsocial.core.error.SocialAuthException;

/**
 * Thrown by a pipeline step that needs more from the user before the login can go on, such as
 * an email the provider did not give. The login is rolled back and kept as a partial login; the
 * front-end asks the user for the named fields and posts them with the partial token to the
 * complete endpoint, which runs the pipeline again with them.
 */
public class PausePipelineException extends SocialAuthException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create the exception.
	 * @param message what the user is asked for, for the front-end
	 * @param fields the fields the complete request must carry
	 */
	public PausePipelineException(String message, List<String> fields) {
		super(message, fields, null);
	}

	@Override
	public String getCode() {
		return "login_paused";
	}

}
