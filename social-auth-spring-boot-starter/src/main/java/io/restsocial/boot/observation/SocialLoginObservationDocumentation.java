package io.restsocial.boot.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of rest-social-auth and their key names.
 */
public enum SocialLoginObservationDocumentation implements ObservationDocumentation {

	/**
	 * One social login, from the request's arrival at a login endpoint (or at
	 * {@code social/complete/}) to its answer: the provider's calls, the pipeline and the
	 * credential.
	 */
	LOGIN {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultSocialLoginObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

	};

	/**
	 * The low-cardinality keys of {@link #LOGIN}: each takes one of a few values that the
	 * configuration, not the request, decides.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/**
		 * The provider's wire name, such as {@code github}; {@code unknown} when the request named
		 * no configured provider.
		 */
		PROVIDER {

			@Override
			public String asString() {
				return "provider";
			}

		},

		/**
		 * The credential kind of the endpoint, such as {@code token} or {@code jwt-pair};
		 * {@code complete} for the completion of a paused login.
		 */
		KIND {

			@Override
			public String asString() {
				return "kind";
			}

		},

		/**
		 * {@code success}; {@code first_step} for OAuth 1.0a's request token; else the error code
		 * of the failure, such as {@code provider_refused}, or {@code error} for a failure that is
		 * none of rest-social-auth's; {@code in_progress} while the login runs.
		 */
		OUTCOME {

			@Override
			public String asString() {
				return "outcome";
			}

		}

	}

}
