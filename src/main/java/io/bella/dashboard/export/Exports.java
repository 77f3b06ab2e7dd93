package io.bella.dashboard.export;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bella.booking.AppointmentQuery;
import io.bella.booking.BookingService;
import io.bella.booking.PatientQuery;
import io.bella.booking.Patients;
import io.bella.dashboard.calls.CallFilter;
import io.bella.dashboard.patients.BookingNames;
import io.bella.operations.CostRecords;
import io.bella.system.Paging;
import io.bella.system.PhoneNumbers;
import io.bella.voice.CallQuery;
import io.bella.voice.CallRecord;
import io.bella.voice.CallRecords;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * What each export writes, read through the owning modules' streaming queries (rows
 * handed over as the database cursor reads them), and how many rows each would write.
 */
@Component
class Exports {

	static final List<String> KINDS = List.of("appointments", "patients", "calls", "cost-ledger");

	private static final Paging COUNT = new Paging(0, 1);

	private final BookingService bookings;

	private final Patients patients;

	private final CallRecords callRecords;

	private final CostRecords costRecords;

	private final BookingNames names;

	private final Clock clock;

	Exports(BookingService bookings, Patients patients, CallRecords callRecords, CostRecords costRecords,
			BookingNames names, Clock clock) {
		this.bookings = bookings;
		this.patients = patients;
		this.callRecords = callRecords;
		this.costRecords = costRecords;
		this.names = names;
		this.clock = clock;
	}

	Clock clock() {
		return this.clock;
	}

	/** How many rows each export of the period holds, by kind. */
	Map<String, Long> counts(Period period, ZoneId zone) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put("appointments", this.bookings.find(appointments(period, zone)).total());
		counts.put("patients", this.patients.search(patients(null, period, zone), COUNT).total());
		counts.put("calls",
				this.callRecords
					.find(new CallQuery(period.start(zone), period.end(zone), null, null, null, null), COUNT)
					.total());
		counts.put("cost-ledger", this.costRecords.count(period.start(zone), period.end(zone)));
		return counts;
	}

	void appointments(Period period, ZoneId zone, CsvWriter csv) {
		Map<Long, String> providers = this.names.providers();
		Map<Long, String> types = this.names.types();
		csv.row("id", "starts_at", "ends_at", "status", "source", "patient_id", "provider", "appointment_type", "notes",
				"cancellation_reason", "created_at", "updated_at");
		this.bookings
			.forEach(appointments(period, zone),
					(appointment) -> csv.row(appointment.id(), appointment.startsAt(), appointment.endsAt(),
							lower(appointment.status()), lower(appointment.source()), appointment.patientId(),
							providers.get(appointment.providerId()),
							(appointment.appointmentTypeId() != null) ? types.get(appointment.appointmentTypeId())
									: null,
							appointment.notes(), appointment.cancellationReason(), appointment.createdAt(),
							appointment.updatedAt()));
	}

	void patients(String text, Period period, ZoneId zone, CsvWriter csv) {
		csv.row("id", "name", "phone", "email", "created_at");
		this.patients.forEach(patients(text, period, zone), (patient) -> csv.row(patient.id(), patient.name(),
				patient.phone(), patient.email(), patient.createdAt()));
	}

	void calls(CallFilter filter, ZoneId zone, boolean fullNumbers, CsvWriter csv) {
		csv.row("call_sid", "started_at", "ended_at", "caller", "called", "duration_sec", "turns", "outcome",
				"appointment_id", "p95_latency_ms", "cost_usd");
		this.callRecords.forEach(filter.query(zone), (summary) -> {
			CallRecord call = summary.call();
			csv.row(call.callSid(), call.startedAt(), call.endedAt(),
					fullNumbers ? call.caller() : PhoneNumbers.mask(call.caller()), call.called(), call.durationSec(),
					call.turnCount(), call.outcomeName(), call.appointmentId(), summary.p95LatencyMs(), summary.cost());
		});
	}

	void costLedger(Period period, ZoneId zone, CsvWriter csv) {
		csv.row("incurred_at", "subject", "component", "item", "basis", "call_sid", "appointment_id", "quantity",
				"unit", "unit_price_usd", "amount_usd", "price_version", "confirmed");
		this.costRecords.forEach(period.start(zone), period.end(zone),
				(line) -> csv.row(line.incurredAt(), line.subject(), line.component(), line.item(), line.basis(),
						line.callSid(), line.appointmentId(), line.quantity(), line.unit(), line.unitPrice(),
						line.amount(), line.priceVersion(), line.confirmed()));
	}

	private static AppointmentQuery appointments(Period period, ZoneId zone) {
		return new AppointmentQuery(period.start(zone), period.end(zone), null, null, null, COUNT);
	}

	private static PatientQuery patients(String text, Period period, ZoneId zone) {
		return new PatientQuery(StringUtils.hasText(text) ? text.strip() : null, period.start(zone), period.end(zone));
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
