package io.bella.dashboard.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.booking.Appointment;
import io.bella.booking.BookingRequest;
import io.bella.booking.BookingRuleException;
import io.bella.booking.BookingService;
import io.bella.booking.BookingSource;
import io.bella.booking.NotFoundException;
import io.bella.booking.PatientBusyException;
import io.bella.booking.Patients;
import io.bella.booking.Patients.Registration;
import io.bella.booking.SlotUnavailableException;
import io.bella.dashboard.schedule.ScheduleBoard.Board;
import io.bella.dashboard.schedule.ScheduleDirectory.Names;
import io.bella.system.InvalidRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The schedule of a day or a week, and booking from it: the patient is found or
 * registered by name and phone number, then booked through the booking service as the API
 * books, with the dashboard as the source.
 */
@Controller
class ScheduleController {

	private final ScheduleBoard board;

	private final ScheduleDirectory directory;

	private final Patients patients;

	private final BookingService bookings;

	ScheduleController(ScheduleBoard board, ScheduleDirectory directory, Patients patients, BookingService bookings) {
		this.board = board;
		this.directory = directory;
		this.patients = patients;
		this.bookings = bookings;
	}

	@GetMapping("/schedule")
	String schedule(@RequestParam(required = false) String date, @RequestParam(required = false) String view,
			@RequestParam(required = false) String provider, @RequestParam(required = false) String type, Model model) {
		LocalDate today = this.board.today();
		Board board = this.board.load(ScheduleRequest.parse(date, view, provider, type, today));
		model.addAttribute("board", board);
		model.addAttribute("links", board.request().links(today));
		return "schedule";
	}

	@GetMapping("/schedule/book")
	String bookingForm(@ModelAttribute("form") BookingForm form, Model model) {
		return bookingPage(form.orOn(this.board.today()), Map.of(), null, model);
	}

	@PostMapping("/schedule/book")
	String book(@ModelAttribute("form") BookingForm form, Model model, RedirectAttributes redirect) {
		Map<String, String> problems = form.problems();
		ZoneId zone = this.directory.zone();
		if (!problems.isEmpty()) {
			return bookingPage(form, problems, null, model);
		}
		Instant start = form.slot().start(zone).orElseThrow();
		String schedule = "redirect:" + ScheduleRequest.day(LocalDate.ofInstant(start, zone), form.typeId()).link();
		try {
			Registration registration = this.patients.registerOrFind(form.name(), form.phone(), null);
			Appointment booked = this.bookings.book(new BookingRequest(registration.patient().id(), start, null,
					form.typeId(), form.slot().providerId(), form.notes(), BookingSource.DASHBOARD));
			Names names = this.directory.names();
			redirect.addFlashAttribute("notice",
					"Booked appointment " + booked.id() + ": " + registration.patient().name()
							+ (registration.created() ? " (new patient)" : "") + ", " + names.typeName(form.typeId())
							+ " with " + names.providerName(booked.providerId()) + " on "
							+ ScheduleBoard.DAY.format(booked.startsAt().atZone(zone)) + " at "
							+ ScheduleBoard.TIME.format(booked.startsAt().atZone(zone)) + ".");
			redirect.addFlashAttribute("changed", booked.id());
			return schedule;
		}
		catch (SlotUnavailableException ex) {
			redirect.addFlashAttribute("error", taken(ex));
			return schedule;
		}
		catch (BookingRuleException | PatientBusyException | NotFoundException ex) {
			return bookingPage(form, problems, "Not booked: " + ex.getMessage(), model);
		}
		catch (InvalidRequestException ex) {
			return bookingPage(form, fields(ex), null, model);
		}
	}

	/**
	 * What a slot taken meanwhile says, above the schedule read again.
	 */
	static String taken(SlotUnavailableException ex) {
		return ex.getMessage() + " Someone booked it meanwhile; the schedule below is up to date, so choose another "
				+ "free time.";
	}

	/**
	 * The booking module's field errors in plain words.
	 */
	static Map<String, String> fields(InvalidRequestException ex) {
		Map<String, String> problems = new LinkedHashMap<>();
		ex.errors().forEach((field, message) -> problems.put(field, switch (field) {
			case "phone" -> "The phone number " + message + ".";
			case "name" -> "The name " + message + ".";
			default -> "The " + field.replace('_', ' ') + " " + message + ".";
		}));
		return problems;
	}

	private String bookingPage(BookingForm form, Map<String, String> problems, String error, Model model) {
		ZoneId zone = this.directory.zone();
		model.addAttribute("form", form);
		model.addAttribute("names", this.directory.names());
		model.addAttribute("problems", problems);
		model.addAttribute("error", error);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("back",
				ScheduleRequest.day(form.slot().day().orElse(this.board.today()), form.typeId()).link());
		return "schedule-book";
	}

}
