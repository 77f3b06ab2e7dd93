package io.bella.dashboard.calls;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.bella.booking.Appointment;
import io.bella.booking.BookingService;
import io.bella.dashboard.accounts.StaffAccount;
import io.bella.dashboard.web.ErrorPages;
import io.bella.operations.CostRecords;
import io.bella.operations.LedgerLine;
import io.bella.system.ClinicTimeZone;
import io.bella.system.Page;
import io.bella.system.Paging;
import io.bella.system.PhoneNumbers;
import io.bella.voice.CallQuery;
import io.bella.voice.CallRecord;
import io.bella.voice.CallRecords;
import io.bella.voice.CallSummary;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The calls Bella took ({@code /calls}) with filters, and one call with every turn, its
 * cost lines and what it caused ({@code /calls/{sid}}). Callers' numbers are masked
 * unless the reader is an administrator.
 */
@Controller
class CallsController {

	static final int PAGE_SIZE = 50;

	/** How long after a call its confirmation text may still go out. */
	private static final long TEXTS_AFTER_CALL_SECONDS = 15 * 60;

	private final CallRecords callRecords;

	private final CostRecords costRecords;

	private final BookingService bookings;

	private final CallEvents events;

	private final PhoneNumbers phoneNumbers;

	private final ClinicTimeZone clinicTimeZone;

	CallsController(CallRecords callRecords, CostRecords costRecords, BookingService bookings, CallEvents events,
			PhoneNumbers phoneNumbers, ClinicTimeZone clinicTimeZone) {
		this.callRecords = callRecords;
		this.costRecords = costRecords;
		this.bookings = bookings;
		this.events = events;
		this.phoneNumbers = phoneNumbers;
		this.clinicTimeZone = clinicTimeZone;
	}

	@GetMapping("/calls")
	ModelAndView calls(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") int page,
			@ModelAttribute(name = "me", binding = false) StaffAccount me) {
		CallFilter filter = CallFilter.parse(params, this.phoneNumbers);
		Page<CallSummary> calls = this.callRecords.find(filter.query(zone()),
				new Paging(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
		ModelAndView view = new ModelAndView("calls");
		view.addObject("filter", filter);
		view.addObject("outcomes", CallQuery.OUTCOMES);
		view.addObject("calls", calls);
		view.addObject("rows", calls.items().stream().map((call) -> row(call, me)).toList());
		view.addObject("hasNext", (calls.page() + 1L) * calls.size() < calls.total());
		return view;
	}

	@GetMapping("/calls/{sid}")
	ModelAndView call(@PathVariable String sid, @ModelAttribute(name = "me", binding = false) StaffAccount me) {
		CallRecord call = this.callRecords.findBySid(sid).orElse(null);
		if (call == null) {
			return ErrorPages.notFound("No call with this SID was recorded.");
		}
		ModelAndView view = new ModelAndView("call");
		view.addObject("call", call);
		view.addObject("caller", caller(call.caller(), me));
		List<LedgerLine> lines = this.costRecords.ofCall(sid);
		view.addObject("costLines", lines);
		view.addObject("total", lines.stream().map(LedgerLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
		Instant until = ((call.endedAt() != null) ? call.endedAt() : call.startedAt())
			.plusSeconds(TEXTS_AFTER_CALL_SECONDS);
		view.addObject("events", this.events.of(call, until, me.isAdmin()));
		view.addObject("appointment", appointment(call.appointmentId()));
		return view;
	}

	private CallRow row(CallSummary summary, StaffAccount me) {
		CallRecord call = summary.call();
		Appointment appointment = appointment(call.appointmentId());
		return new CallRow(call.callSid(), call.startedAt(), caller(call.caller(), me), call.durationSec(),
				call.turnCount(), call.outcomeName(), call.appointmentId(),
				(appointment != null) ? LocalDate.ofInstant(appointment.startsAt(), zone()) : null,
				summary.p95LatencyMs(), summary.cost());
	}

	private Appointment appointment(Long id) {
		return (id != null) ? this.bookings.findById(id).orElse(null) : null;
	}

	private static String caller(String number, StaffAccount me) {
		return (me != null && me.isAdmin()) ? number : PhoneNumbers.mask(number);
	}

	private ZoneId zone() {
		return this.clinicTimeZone.zone().orElse(ZoneOffset.UTC);
	}

}
