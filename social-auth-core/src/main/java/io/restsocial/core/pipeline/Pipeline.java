package io.restsocial.core.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.restsocial.core.user.SocialAccountRepository;
import io.restsocial.core.user.UserService;

/**
 * The ordered steps a login runs through once the provider has answered. Build one from the
 * defaults and insert, replace or remove steps by their class:
 *
 * <pre class="code">
 * Pipeline.builder(defaults)
 *     .addAfter(AuthAllowedStep.class, new RequireVerifiedEmailStep())
 *     .remove(UserDetailsStep.class)
 *     .build();
 * </pre>
 */
public final class Pipeline {

	private final List<PipelineStep> steps;

	private final boolean extraDataFollowsAssociation;

	private Pipeline(List<PipelineStep> steps) {
		this.steps = List.copyOf(steps);
		this.extraDataFollowsAssociation = extraDataFollowsAssociation(this.steps);
	}

	private static boolean extraDataFollowsAssociation(List<PipelineStep> steps) {
		boolean associated = false;
		for (PipelineStep step : steps) {
			associated = associated || step instanceof AssociateUserStep;
			if (associated && step instanceof LoadExtraDataStep) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A pipeline of exactly these steps.
	 * @param steps the steps in order
	 * @return the pipeline
	 */
	public static Pipeline of(List<? extends PipelineStep> steps) {
		return new Pipeline(new ArrayList<>(steps));
	}

	/**
	 * python-social-auth's default pipeline: details, uid, auth allowed, social user, username,
	 * create user, associate user, extra data, user details.
	 * @param users the users
	 * @param accounts the social accounts
	 * @param settings the step settings
	 * @return the pipeline
	 */
	public static Pipeline defaults(UserService users, SocialAccountRepository accounts, PipelineSettings settings) {
		return new Pipeline(List.of(new SocialDetailsStep(), new SocialUidStep(),
				new AuthAllowedStep(settings.allowedDomains(), settings.allowedEmails()),
				new SocialUserStep(accounts, users), new GetUsernameStep(users, settings),
				new CreateUserStep(users, settings), new AssociateUserStep(accounts), new LoadExtraDataStep(accounts),
				new UserDetailsStep(users, settings)));
	}

	/**
	 * Start from a pipeline's steps.
	 * @param pipeline the pipeline to start from
	 * @return a builder
	 */
	public static Builder builder(Pipeline pipeline) {
		return new Builder(pipeline.steps);
	}

	/**
	 * The steps in order.
	 * @return the steps
	 */
	public List<PipelineStep> steps() {
		return this.steps;
	}

	/**
	 * Run every step in order.
	 * @param context the login's context
	 */
	public void run(AuthContext context) {
		context.extraDataFollowsAssociation = this.extraDataFollowsAssociation;
		for (PipelineStep step : this.steps) {
			step.execute(context);
		}
	}

	/**
	 * Builds a {@link Pipeline} from another one's steps.
	 */
	public static final class Builder {

		private final List<PipelineStep> steps;

		private Builder(List<PipelineStep> steps) {
			this.steps = new ArrayList<>(steps);
		}

		/**
		 * Insert a step before the step of the given class.
		 * @param anchor the class of the step to insert before
		 * @param step the new step
		 * @return this builder
		 */
		public Builder addBefore(Class<? extends PipelineStep> anchor, PipelineStep step) {
			this.steps.add(indexOf(anchor), step);
			return this;
		}

		/**
		 * Insert a step after the step of the given class.
		 * @param anchor the class of the step to insert after
		 * @param step the new step
		 * @return this builder
		 */
		public Builder addAfter(Class<? extends PipelineStep> anchor, PipelineStep step) {
			this.steps.add(indexOf(anchor) + 1, step);
			return this;
		}

		/**
		 * Append a step.
		 * @param step the new step
		 * @return this builder
		 */
		public Builder addLast(PipelineStep step) {
			this.steps.add(step);
			return this;
		}

		/**
		 * Replace the step of the given class.
		 * @param existing the class of the step to replace
		 * @param step the new step
		 * @return this builder
		 */
		public Builder replace(Class<? extends PipelineStep> existing, PipelineStep step) {
			this.steps.set(indexOf(existing), step);
			return this;
		}

		/**
		 * Remove the step of the given class.
		 * @param existing the class of the step to remove
		 * @return this builder
		 */
		public Builder remove(Class<? extends PipelineStep> existing) {
			this.steps.remove(indexOf(existing));
			return this;
		}

		/**
		 * Build the pipeline.
		 * @return the pipeline
		 */
		public Pipeline build() {
			return new Pipeline(this.steps);
		}

		private int indexOf(Class<? extends PipelineStep> type) {
			for (int i = 0; i < this.steps.size(); i++) {
				if (type.isInstance(this.steps.get(i))) {
					return i;
				}
			}
			throw new IllegalArgumentException("The pipeline has no step of type " + type.getName());
		}

	}

}
