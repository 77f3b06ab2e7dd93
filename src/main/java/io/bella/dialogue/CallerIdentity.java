package io.bella.dialogue;

import io.bella.booking.PatientNames;

/**
 * Who the caller is, or is calling for, as far as the call has told: the name and number
 * heard and the patient they match.
 *
 * @param name the patient's name, said by the caller or read from their record
 * @param phone the number to reach the patient at (E.164), once the caller gave or
 * accepted it
 * @param phoneConfirmed whether the caller vouched for that number (or it is the caller
 * ID)
 * @param patientId the patient matched or registered; {@code null} until then
 * @param lookedUp whether the caller ID was looked up for a patient already
 * @param nameHeard whether the name was said by the caller, not filled in from a patient
 * record; only a spoken name can vouch for a number that is not the caller ID
 * @param misses how many times a spoken name and number found nothing in this call
 */
public record CallerIdentity(String name, String phone, boolean phoneConfirmed, Long patientId, boolean lookedUp,
		boolean nameHeard, int misses) {

	static final CallerIdentity UNKNOWN = new CallerIdentity(null, null, false, null, false, false, 0);

	/**
	 * The identity once the caller said this name. A name other than the one known (as
	 * patient records tell names apart) is someone else (a child, a partner), who is
	 * looked up again.
	 */
	CallerIdentity named(String spoken) {
		boolean someoneElse = this.name != null && !PatientNames.same(this.name, spoken);
		return new CallerIdentity(spoken, this.phone, this.phoneConfirmed, someoneElse ? null : this.patientId,
				!someoneElse && this.lookedUp, true, this.misses);
	}

	CallerIdentity withPhone(String phone, boolean confirmed) {
		return new CallerIdentity(this.name, phone, confirmed, this.patientId, this.lookedUp, this.nameHeard,
				this.misses);
	}

	CallerIdentity withLookedUp(boolean lookedUp) {
		return new CallerIdentity(this.name, this.phone, this.phoneConfirmed, this.patientId, lookedUp, this.nameHeard,
				this.misses);
	}

	/**
	 * The identity matched to a patient, whose recorded name is used when none was said.
	 */
	CallerIdentity matched(long patientId, String recordedName) {
		return new CallerIdentity((this.name != null) ? this.name : recordedName, this.phone, this.phoneConfirmed,
				patientId, this.lookedUp, this.nameHeard, this.misses);
	}

	CallerIdentity missed() {
		return new CallerIdentity(this.name, this.phone, this.phoneConfirmed, this.patientId, this.lookedUp,
				this.nameHeard, this.misses + 1);
	}

}
