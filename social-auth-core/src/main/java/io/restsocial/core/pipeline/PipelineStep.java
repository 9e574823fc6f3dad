package io.restsocial.core.pipeline;

/**
 * One step of the user pipeline. A step reads and fills the context; it stops the login by
 * throwing a {@link io.restsocial.core.error.SocialAuthException}, such as
 * {@link io.restsocial.core.error.AuthStoppedException} for a status and body of its own.
 */
@FunctionalInterface
public interface PipelineStep {

	/**
	 * Run the step.
	 * @param context the login's context
	 */
	void execute(AuthContext context);

}
