package io.bella.booking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forgets the cached set-up once a change to it is committed, so that availability, the
 * API and the voice assistant on this instance use it at once (other instances within
 * {@link BookingCacheConfiguration#SETUP_TTL}).
 */
@Component
class SetupCaches {

	private static final Logger log = LoggerFactory.getLogger(SetupCaches.class);

	private final Clinics clinics;

	private final Schedules schedules;

	private final AppointmentTypes appointmentTypes;

	SetupCaches(Clinics clinics, Schedules schedules, AppointmentTypes appointmentTypes) {
		this.clinics = clinics;
		this.schedules = schedules;
		this.appointmentTypes = appointmentTypes;
	}

	// before the listeners that re-read the set-up from these caches
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(fallbackExecution = true)
	void on(ClinicSetupChanged change) {
		this.clinics.forget();
		this.schedules.forget();
		this.appointmentTypes.forget();
		log.info("Clinic set-up changed: {}", change.what());
	}

}
