package io.bella.dashboard.patients;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.bella.booking.Appointment;
import io.bella.booking.AppointmentQuery;
import io.bella.booking.BookingService;
import io.bella.booking.Patient;
import io.bella.messaging.PatientMessages;
import io.bella.system.ClinicTimeZone;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.voice.CallQuery;
import io.bella.voice.CallRecords;
import io.bella.voice.CallSummary;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a patient's page shows: their details with the full number, their next and last
 * appointments, the calls from their number and the texts to and from it, with what
 * became of each (the most recent {@value #MOST} of each).
 */
@Component
class PatientPage {

	static final int MOST = 20;

	private final BookingService bookings;

	private final BookingNames names;

	private final CallRecords callRecords;

	private final PatientMessages messages;

	private final Clock clock;

	private final ClinicTimeZone clinicTimeZone;

	PatientPage(BookingService bookings, BookingNames names, CallRecords callRecords, PatientMessages messages,
			Clock clock, ClinicTimeZone clinicTimeZone) {
		this.clinicTimeZone = clinicTimeZone;
		this.bookings = bookings;
		this.names = names;
		this.callRecords = callRecords;
		this.messages = messages;
		this.clock = clock;
	}

	ModelAndView of(Patient patient) {
		Instant now = this.clock.instant();
		ModelAndView page = new ModelAndView("patient");
		page.addObject("patient", patient);
		page.addObject("zone", this.clinicTimeZone.zone().orElse(ZoneOffset.UTC));
		page.addObject("upcoming",
				this.bookings.find(new AppointmentQuery(now, null, null, patient.id(), null, new Paging(0, MOST)))
					.items());
		page.addObject("past", past(patient, now));
		page.addObject("providers", this.names.providers());
		page.addObject("types", this.names.types());
		Page<CallSummary> calls = this.callRecords.find(new CallQuery(null, null, null, patient.phone(), null, null),
				new Paging(0, MOST));
		page.addObject("calls", calls);
		page.addObject("texts", this.messages.of(patient, MOST));
		return page;
	}

	/**
	 * The most recent past appointments, latest first: the last page of those before now.
	 */
	private List<Appointment> past(Patient patient, Instant now) {
		AppointmentQuery before = new AppointmentQuery(null, now, null, patient.id(), null, new Paging(0, 1));
		long total = this.bookings.find(before).total();
		if (total == 0) {
			return List.of();
		}
		long first = Math.max(0, total - MOST);
		List<Appointment> past = new ArrayList<>();
		// the two pages of MOST that hold the last MOST appointments
		for (long pageNumber = first / MOST; pageNumber <= (total - 1) / MOST; pageNumber++) {
			past.addAll(this.bookings
				.find(new AppointmentQuery(null, now, null, patient.id(), null, new Paging((int) pageNumber, MOST)))
				.items());
		}
		List<Appointment> latest = new ArrayList<>(past.subList((int) Math.max(0, past.size() - MOST), past.size()));
		Collections.reverse(latest);
		return latest;
	}

}
