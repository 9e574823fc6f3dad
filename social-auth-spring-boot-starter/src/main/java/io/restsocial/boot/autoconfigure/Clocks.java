package io.restsocial.boot.autoconfigure;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The clock that stamps and expires tokens: the application's {@link Clock} bean when it has
 * exactly one (tests declare one to move time), else the system clock in UTC.
 */
final class Clocks {

	private Clocks() {
	}

	static Clock of(ObjectProvider<Clock> clock) {
		return clock.getIfUnique(Clock::systemUTC);
	}

}
