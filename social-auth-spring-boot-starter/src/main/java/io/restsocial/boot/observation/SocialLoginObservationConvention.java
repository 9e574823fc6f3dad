package io.restsocial.boot.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names a social login's observation and its key values; declare a bean of this type to replace
 * {@link DefaultSocialLoginObservationConvention}, or extend that one.
 */
public interface SocialLoginObservationConvention extends ObservationConvention<SocialLoginObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof SocialLoginObservationContext;
	}

}
