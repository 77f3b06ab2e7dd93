package io.bella.dialogue;

import io.bella.extraction.Intent;

/**
 * What the caller is asking for, apart from when: book, move or cancel, the kind of visit
 * and the provider.
 *
 * @param intent book, reschedule or cancel; {@code null} until known
 * @param appointmentTypeId the kind of visit, once known
 * @param durationMin the length of the visit when no kind of visit gives it
 * @param providerId the provider the caller asked for, or {@code null} for any
 * @param serviceAsked whether Bella already asked what the visit is for
 */
record Request(Intent intent, Long appointmentTypeId, Integer durationMin, Long providerId, boolean serviceAsked) {

	static final Request NONE = new Request(null, null, null, null, false);

	Request withIntent(Intent intent) {
		return new Request(intent, this.appointmentTypeId, this.durationMin, this.providerId, this.serviceAsked);
	}

	Request withAppointmentType(Long appointmentTypeId) {
		return new Request(this.intent, appointmentTypeId, this.durationMin, this.providerId, this.serviceAsked);
	}

	Request withDuration(Integer durationMin) {
		return new Request(this.intent, this.appointmentTypeId, durationMin, this.providerId, this.serviceAsked);
	}

	Request withProvider(Long providerId) {
		return new Request(this.intent, this.appointmentTypeId, this.durationMin, providerId, this.serviceAsked);
	}

	Request withServiceAsked() {
		return new Request(this.intent, this.appointmentTypeId, this.durationMin, this.providerId, true);
	}

	boolean is(Intent intent) {
		return this.intent == intent;
	}

}
