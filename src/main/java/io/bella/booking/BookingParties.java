package io.bella.booking;

import org.springframework.stereotype.Component;

/**
 * Who an appointment is between, looked up when it is booked or moved: the patient who
 * comes and the provider who sees them.
 *
 * @param patients the clinic's patients
 * @param providers the clinic's providers
 */
@Component
record BookingParties(Patients patients, Providers providers) {

	/**
	 * The patient, whose row stays locked until the transaction ends.
	 * @throws NotFoundException when there is no such patient
	 */
	Patient lockPatient(long id) {
		return this.patients.lock(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	/**
	 * @throws NotFoundException when there is no such provider
	 */
	Provider provider(long id) {
		return this.providers.findById(id).orElseThrow(() -> new NotFoundException("provider", id));
	}

}
