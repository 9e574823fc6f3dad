package io.restsocial.core.pipeline;

/**
 * Reads the provider's id of the user ({@code social_uid}).
 */
public final class SocialUidStep implements PipelineStep {

	@Override
	public void execute(AuthContext context) {
		context.setUid(context.getProvider().userId(context.getDetails(), context.getResponse()));
	}

}
