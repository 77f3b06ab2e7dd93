package io.bella.booking;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.bella.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a patient registered twice into the record that stays. Only appointments refer
 * to a patient's id; call records, texts and voicemails refer to appointments and phone
 * numbers, so they follow the appointments and stay with the number they were made on.
 */
@Service
class DuplicatePatients {

	private static final Logger log = LoggerFactory.getLogger(DuplicatePatients.class);

	private final Patients patients;

	private final Appointments appointments;

	private final Clinics clinics;

	private final Clock clock;

	DuplicatePatients(Patients patients, Appointments appointments, Clinics clinics, Clock clock) {
		this.patients = patients;
		this.appointments = appointments;
		this.clinics = clinics;
		this.clock = clock;
	}

	/**
	 * Moves every appointment of patient {@code id} to patient {@code into}, who also
	 * takes the e-mail address if they had none, and deletes {@code id}; all or nothing.
	 * @return the patient that stays
	 * @throws InvalidRequestException when both are the same patient
	 * @throws NotFoundException when either patient is unknown
	 * @throws PatientBusyException when a booked appointment of each overlaps, which one
	 * patient may not hold
	 */
	@Transactional
	Patient merge(long id, long into) {
		if (id == into) {
			throw new InvalidRequestException("into", "must be another patient than the one merged");
		}
		// in id order, as two merges of the same pair must not deadlock
		Map<Long, Patient> locked = new HashMap<>();
		for (long each : new TreeSet<>(List.of(id, into))) {
			locked.put(each, this.patients.lock(each).orElseThrow(() -> new NotFoundException("user", each)));
		}
		Optional<Appointment> clash = this.appointments.clashBetween(into, id);
		if (clash.isPresent()) {
			throw new PatientBusyException(
					"Not merged: appointment " + clash.get().id() + " of user " + into
							+ " overlaps a booked appointment of user " + id + "; cancel or move one of them first.",
					clash.get(), this.clinics.timeZone());
		}
		int moved = this.appointments.reassign(id, into, this.clock.instant());
		this.patients.delete(id);
		Patient survivor = this.patients.addMissingEmail(locked.get(into), locked.get(id).email());
		log.info("Patient {} merged into {}: {} appointment(s) moved", id, into, moved);
		return survivor;
	}

}
