package io.bella.dialogue;

import java.util.List;

import io.bella.dialogue.CallSession.AppointmentOption;

/**
 * The caller's upcoming appointments found for a move or a cancellation, and the one
 * under discussion.
 *
 * @param options the appointments found, soonest first
 * @param targetId the appointment being moved or cancelled, or {@code null}
 */
record ExistingAppointments(List<AppointmentOption> options, Long targetId) {

	static final ExistingAppointments NONE = new ExistingAppointments(List.of(), null);

	ExistingAppointments {
		options = (options != null) ? List.copyOf(options) : List.of();
	}

	ExistingAppointments withOptions(List<AppointmentOption> options) {
		return new ExistingAppointments(options, this.targetId);
	}

	ExistingAppointments withTarget(Long targetId) {
		return new ExistingAppointments(this.options, targetId);
	}

	/**
	 * The appointment being moved or cancelled, if it is among those found.
	 */
	AppointmentOption target() {
		if (this.targetId == null) {
			return null;
		}
		return this.options.stream()
			.filter((option) -> option.appointmentId() == this.targetId)
			.findFirst()
			.orElse(null);
	}

}
