package io.bella.voice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

/**
 * Spring Boot's record of the application's availability, except that readiness stays
 * {@link ReadinessState#REFUSING_TRAFFIC} until the call path is warm. Boot declares the
 * application ready right after {@code ApplicationReadyEvent}, while the warm-up is still
 * running in the background; that declaration is held back, and the warm-up makes its own
 * when it is done.
 */
class WarmUpGatedAvailability extends ApplicationAvailabilityBean {

	private static final Logger log = LoggerFactory.getLogger(WarmUpGatedAvailability.class);

	private volatile boolean warm;

	WarmUpGatedAvailability(boolean warm) {
		this.warm = warm;
	}

	/**
	 * Opens the gate: from now on the application may be declared ready.
	 */
	void warmedUp() {
		this.warm = true;
	}

	boolean isWarm() {
		return this.warm;
	}

	@Override
	public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
		if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && !this.warm) {
			log.info("Not ready for calls until the call path is warm");
			return;
		}
		super.onApplicationEvent(event);
	}

}
