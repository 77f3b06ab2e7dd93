package io.bella.dashboard.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.bella.booking.Appointment;
import io.bella.booking.Availability;
import io.bella.booking.AvailabilityQuery;
import io.bella.booking.BookingRuleException;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.NotFoundException;
import io.bella.booking.PatientBusyException;
import io.bella.booking.Patients;
import io.bella.booking.SlotUnavailableException;
import io.bella.dashboard.schedule.ScheduleDirectory.Names;
import io.bella.dashboard.web.ErrorPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One appointment of the schedule and what staff do with it: move it to a free time (as
 * atomically as the API's reschedule), cancel it with a reason, or mark it completed or a
 * no-show once it has started. Every refusal names the booking rule in plain words.
 */
@Controller
class ScheduleAppointmentController {

	private final ScheduleBoard board;

	private final ScheduleDirectory directory;

	private final BookingService bookings;

	private final Availability availability;

	private final Patients patients;

	ScheduleAppointmentController(ScheduleBoard board, ScheduleDirectory directory, BookingService bookings,
			Availability availability, Patients patients) {
		this.board = board;
		this.directory = directory;
		this.bookings = bookings;
		this.availability = availability;
		this.patients = patients;
	}

	@GetMapping("/schedule/appointments/{id}")
	String appointment(@PathVariable String id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String provider, Model model) {
		Appointment appointment = find(id);
		ZoneId zone = this.directory.zone();
		Names names = this.directory.names();
		LocalDate today = this.board.today();
		LocalDate appointmentDate = LocalDate.ofInstant(appointment.startsAt(), zone);
		SlotChoice choice = new SlotChoice(date, "", provider);
		LocalDate moveDate = choice.day().orElse(appointmentDate.isBefore(today) ? today : appointmentDate);
		long moveProvider = (choice.providerId() != null && names.provider(choice.providerId()).isPresent())
				? choice.providerId() : appointment.providerId();
		model.addAttribute("appointment", appointment);
		model.addAttribute("row",
				this.board.row(appointment, this.patients.findById(appointment.patientId()).orElse(null), names, zone));
		model.addAttribute("started", !appointment.startsAt().isAfter(this.board.now()));
		model.addAttribute("names", names);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("moveDate", moveDate);
		model.addAttribute("moveProvider", moveProvider);
		model.addAttribute("moveProviderName", names.providerName(moveProvider));
		model.addAttribute("freeTimes",
				appointment.isBooked() ? freeTimes(appointment, moveDate, moveProvider, zone) : List.of());
		model.addAttribute("back", ScheduleRequest.day(appointmentDate, appointment.appointmentTypeId()).link());
		return "schedule-appointment";
	}

	@PostMapping("/schedule/appointments/{id}/move")
	String move(@PathVariable String id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String time, @RequestParam(required = false) String provider,
			RedirectAttributes redirect) {
		Appointment appointment = find(id);
		SlotChoice choice = new SlotChoice(date, time, provider);
		String page = page(appointment.id(), choice);
		Map<String, String> problems = new LinkedHashMap<>();
		choice.check(problems);
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("error", "Not moved: " + String.join(" ", problems.values()));
			return page;
		}
		ZoneId zone = this.directory.zone();
		try {
			Appointment moved = this.bookings.reschedule(appointment.id(), choice.start(zone).orElseThrow(),
					choice.providerId(), BookingSource.DASHBOARD);
			redirect.addFlashAttribute("notice",
					"Moved appointment " + moved.id() + " to " + ScheduleBoard.DAY.format(moved.startsAt().atZone(zone))
							+ " at " + ScheduleBoard.TIME.format(moved.startsAt().atZone(zone)) + " with "
							+ this.directory.names().providerName(moved.providerId()) + ".");
			redirect.addFlashAttribute("changed", moved.id());
			return "redirect:"
					+ ScheduleRequest.day(LocalDate.ofInstant(moved.startsAt(), zone), moved.appointmentTypeId())
						.link();
		}
		catch (SlotUnavailableException ex) {
			redirect.addFlashAttribute("error", ScheduleController.taken(ex));
		}
		catch (BookingRuleException | PatientBusyException | NotFoundException ex) {
			redirect.addFlashAttribute("error", "Not moved: " + ex.getMessage());
		}
		return page;
	}

	@PostMapping("/schedule/appointments/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		Appointment appointment = find(id);
		if (reason.isBlank() || reason.strip().length() > 500) {
			redirect.addFlashAttribute("error", "Not cancelled: give the reason, in at most 500 characters.");
			return page(appointment.id(), null);
		}
		return act(appointment, redirect, "Cancelled appointment " + appointment.id() + ".", "Not cancelled: ",
				() -> this.bookings.cancel(appointment.id(), reason, BookingSource.DASHBOARD));
	}

	@PostMapping("/schedule/appointments/{id}/complete")
	String complete(@PathVariable String id, RedirectAttributes redirect) {
		Appointment appointment = find(id);
		return act(appointment, redirect, "Marked appointment " + appointment.id() + " completed.", "Not marked: ",
				() -> this.bookings.complete(appointment.id(), BookingSource.DASHBOARD));
	}

	@PostMapping("/schedule/appointments/{id}/no-show")
	String noShow(@PathVariable String id, RedirectAttributes redirect) {
		Appointment appointment = find(id);
		return act(appointment, redirect, "Marked appointment " + appointment.id() + " a no-show.", "Not marked: ",
				() -> this.bookings.markNoShow(appointment.id(), BookingSource.DASHBOARD));
	}

	private String act(Appointment appointment, RedirectAttributes redirect, String notice, String refused,
			Supplier<Appointment> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
			redirect.addFlashAttribute("changed", appointment.id());
		}
		catch (BookingRuleException | NotFoundException ex) {
			redirect.addFlashAttribute("error", refused + ex.getMessage());
		}
		return page(appointment.id(), null);
	}

	/**
	 * An appointment that does not exist is the dashboard's 404 page, not the API's
	 * problem detail that the booking module's handler would answer.
	 */
	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return ErrorPages.notFound("There is no such appointment.");
	}

	private List<String> freeTimes(Appointment appointment, LocalDate date, long providerId, ZoneId zone) {
		Integer minutes = (appointment.appointmentTypeId() != null) ? null
				: (int) Duration.between(appointment.startsAt(), appointment.endsAt()).toMinutes();
		return this.availability
			.find(new AvailabilityQuery(date, date, appointment.appointmentTypeId(), minutes, providerId,
					appointment.id()))
			.stream()
			.map((slot) -> ScheduleBoard.TIME.format(slot.startsAt().atZone(zone)))
			.toList();
	}

	private Appointment find(String id) {
		Long appointmentId = SlotChoice.ids(id);
		if (appointmentId == null) {
			throw new NotFoundException("appointment", id);
		}
		return this.bookings.findById(appointmentId)
			.orElseThrow(() -> new NotFoundException("appointment", appointmentId));
	}

	private static String page(long id, SlotChoice choice) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/schedule/appointments/{id}");
		if (choice != null && choice.day().isPresent()) {
			uri.queryParam("date", choice.day().get());
			if (choice.providerId() != null) {
				uri.queryParam("provider", choice.providerId());
			}
		}
		return "redirect:" + uri.buildAndExpand(id).toUriString();
	}

}
