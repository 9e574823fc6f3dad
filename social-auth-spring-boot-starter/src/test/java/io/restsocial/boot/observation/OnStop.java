package io.restsocial.boot.observation;

import java.util.function.Consumer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * An observation handler that hands the context of each observation, once it has stopped, to a
 * consumer: what the observation tests read.
 */
final class OnStop implements ObservationHandler<Observation.Context> {

	private final Consumer<Observation.Context> consumer;

	OnStop(Consumer<Observation.Context> consumer) {
		this.consumer = consumer;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return true;
	}

	@Override
	public void onStop(Observation.Context context) {
		this.consumer.accept(context);
	}

}
