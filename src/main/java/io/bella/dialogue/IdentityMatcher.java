package io.bella.dialogue;

import java.util.List;
import java.util.Optional;

import io.bella.booking.Patient;
import io.bella.booking.PatientNames;
import io.bella.booking.Patients;
import io.bella.system.PhoneNumbers;

/**
 * Finds the patient a caller is, or calls for, from the caller ID, a spoken number and a
 * spoken name, without letting a number anyone can say reveal whose it is.
 */
final class IdentityMatcher {

	private final Patients patients;

	IdentityMatcher(Patients patients) {
		this.patients = patients;
	}

	/**
	 * Matches the caller ID to a patient once per call (again after a new name): the one
	 * patient on the number, or the one of several whose name was said.
	 */
	void lookUpCaller(CallSession session) {
		CallerIdentity identity = session.identity();
		if (identity.lookedUp() || identity.patientId() != null) {
			return;
		}
		Optional<String> phone = callerPhone(session);
		if (phone.isEmpty()) {
			session.identity(identity.withLookedUp(true));
			return;
		}
		List<Patient> found = this.patients.findAllByPhone(phone.get());
		if (identity.name() == null && found.size() > 1) {
			// family members share the number: the name asked for next picks one
			return;
		}
		List<Patient> matching = (identity.name() == null) ? found
				: (found.size() > 1) ? byFullName(found, identity.name()) : byName(found, identity.name());
		CallerIdentity lookedUp = identity.withLookedUp(true);
		session
			.identity(matching.isEmpty() ? lookedUp : lookedUp.matched(matching.get(0).id(), matching.get(0).name()));
	}

	/**
	 * The patients on a number whose appointments the caller may hear: on the caller ID,
	 * those of the name said if any (else all of them); on a spoken number, only those
	 * whose full name was said.
	 */
	List<Patient> onNumber(String phone, String name, boolean callerId) {
		List<Patient> found = this.patients.findAllByPhone(phone);
		if (!callerId) {
			return byFullName(found, name);
		}
		if (name != null) {
			List<Patient> named = byName(found, name);
			if (!named.isEmpty()) {
				return named;
			}
		}
		return found;
	}

	/**
	 * The caller ID in E.164 when the network gave a real number.
	 */
	static Optional<String> callerPhone(CallSession session) {
		return PhoneNumbers.callerId(session.getCaller());
	}

	private static List<Patient> byName(List<Patient> patients, String name) {
		List<Patient> full = byFullName(patients, name);
		if (!full.isEmpty()) {
			return full;
		}
		List<String> wanted = PatientNames.words(name);
		if (wanted.isEmpty()) {
			return List.of();
		}
		return patients.stream().filter((patient) -> {
			List<String> words = PatientNames.words(patient.name());
			return !words.isEmpty() && words.get(0).equals(wanted.get(0));
		}).toList();
	}

	/**
	 * The patients whose whole name is the one said, or whose first and last names are,
	 * ignoring case, accents and middle names. A first name alone matches nobody.
	 */
	static List<Patient> byFullName(List<Patient> patients, String name) {
		List<String> wanted = PatientNames.words(name);
		if (wanted.size() < 2) {
			return List.of();
		}
		return patients.stream().filter((patient) -> {
			List<String> words = PatientNames.words(patient.name());
			return words.equals(wanted) || (words.size() >= 2 && words.get(0).equals(wanted.get(0))
					&& words.get(words.size() - 1).equals(wanted.get(wanted.size() - 1)));
		}).toList();
	}

}
