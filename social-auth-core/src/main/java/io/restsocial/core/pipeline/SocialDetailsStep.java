package io.restsocial.core.pipeline;

/**
 * Reads the user details from the provider's response ({@code social_details}).
 */
public final class SocialDetailsStep implements PipelineStep {

	@Override
	public void execute(AuthContext context) {
		context.setDetails(context.getProvider().userDetails(context.getResponse()));
	}

}
