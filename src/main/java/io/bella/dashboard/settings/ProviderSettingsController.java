package io.bella.dashboard.settings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.bella.booking.Clinics;
import io.bella.booking.NotFoundException;
import io.bella.booking.Provider;
import io.bella.booking.ProviderSetup;
import io.bella.booking.Providers;
import io.bella.booking.Saved;
import io.bella.booking.TimeRange;
import io.bella.dashboard.audit.AuditAction;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Providers: the list, adding one, renaming, stopping or resuming their bookings, and
 * their weekly hours with breaks, written through {@link ProviderSetup}. A provider's
 * page also links their Google calendar, shows when its busy times were last imported
 * ({@link CalendarSyncSettingsController} imports them now) and whether they have a
 * calendar feed link ({@link CalendarFeedSettingsController}).
 */
@Controller
class ProviderSettingsController {

	private final Providers providers;

	private final ProviderSetup setup;

	private final Clinics clinics;

	private final SettingsAudit audit;

	private final ProviderCalendarPage calendars;

	private final Clock clock;

	ProviderSettingsController(Providers providers, ProviderSetup setup, Clinics clinics, SettingsAudit audit,
			ProviderCalendarPage calendars, Clock clock) {
		this.providers = providers;
		this.setup = setup;
		this.clinics = clinics;
		this.audit = audit;
		this.calendars = calendars;
		this.clock = clock;
	}

	@GetMapping("/settings/providers")
	String list(Model model) {
		model.addAttribute("providers", this.providers.findAll()
			.stream()
			.map((provider) -> new ProviderRow(provider, WeeklyHoursForm.of(this.setup.weeklyHours(provider.id()))))
			.toList());
		return "settings-providers";
	}

	@PostMapping("/settings/providers")
	String create(@RequestParam(defaultValue = "") String name, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String next = SettingsForms.attempt(model, SettingsErrors.FORCE, () -> {
			Provider created = this.setup.create(name, null).value();
			this.audit.record(AuditAction.PROVIDER_ADDED, request, "provider " + created.id() + ": " + created.name());
			redirect.addFlashAttribute("notice",
					"Added " + created.name() + ". They take bookings once they have weekly hours.");
			return "redirect:/settings/providers/" + created.id();
		});
		if (next != null) {
			return next;
		}
		model.addAttribute("newName", name);
		return list(model);
	}

	@GetMapping("/settings/providers/{id}")
	String provider(@PathVariable long id, Model model) {
		Provider provider = this.providers.findById(id).orElseThrow(() -> new NotFoundException("provider", id));
		model.addAttribute("provider", provider);
		if (!model.containsAttribute("providerName")) {
			model.addAttribute("providerName", provider.name());
			model.addAttribute("providerActive", provider.active());
		}
		if (!model.containsAttribute("week")) {
			model.addAttribute("week", WeeklyHoursForm.of(this.setup.weeklyHours(id)));
		}
		if (!model.containsAttribute("exception")) {
			model.addAttribute("exception", ExceptionForm.EMPTY);
		}
		LocalDate today = LocalDate.now(this.clock.withZone(this.clinics.zone().orElse(ZoneOffset.UTC)));
		model.addAttribute("exceptions", this.setup.exceptions(id, today).stream().map(ExceptionForm.Row::of).toList());
		if (!model.containsAttribute("googleCalendarId")) {
			model.addAttribute("googleCalendarId", provider.googleCalendarId());
		}
		this.calendars.addTo(model, id);
		return "settings-provider";
	}

	@PostMapping("/settings/providers/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "false") boolean force,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String next = SettingsForms.attempt(model, "providerForce", () -> {
			Saved<Provider> saved = this.setup.update(id, name, active, force);
			this.audit.record(AuditAction.PROVIDER_CHANGED, request, "provider " + id + ": " + saved.value().name()
					+ (saved.value().active() ? ", takes bookings" : ", stopped"));
			redirect.addFlashAttribute("notice",
					saved.value().name() + " is saved." + SettingsErrors.kept(saved.stranded().size()));
			return "redirect:/settings/providers/" + id;
		});
		if (next != null) {
			return next;
		}
		model.addAttribute("providerName", name);
		model.addAttribute("providerActive", active);
		return provider(id, model);
	}

	@PostMapping("/settings/providers/{id}/google-calendar")
	String linkCalendar(@PathVariable long id, @RequestParam(defaultValue = "") String googleCalendarId,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		String next = SettingsForms.attempt(model, "googleCalendarId", () -> {
			Provider saved = this.setup.linkCalendar(id, googleCalendarId);
			this.audit.record(AuditAction.PROVIDER_CALENDAR_CHANGED, request, "provider " + id + ": "
					+ (saved.hasCalendar() ? "linked " + saved.googleCalendarId() : "unlinked"));
			redirect.addFlashAttribute("notice", saved.hasCalendar()
					? "The Google calendar is linked. Its busy times are being imported; the provider can be booked "
							+ "once they are."
					: "The Google calendar is unlinked: Bella no longer reads or writes it for this provider.");
			return "redirect:/settings/providers/" + id;
		});
		if (next != null) {
			return next;
		}
		model.addAttribute("googleCalendarId", googleCalendarId);
		return provider(id, model);
	}

	@PostMapping("/settings/providers/{id}/hours")
	String saveHours(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "false") boolean force, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		WeeklyHoursForm week = WeeklyHoursForm.parse(form);
		String next = SettingsForms.attempt(model, "hoursForce", () -> {
			Saved<Map<DayOfWeek, List<TimeRange>>> saved = this.setup.replaceWeeklyHours(id, week.hours(), force);
			this.audit.record(AuditAction.WEEKLY_HOURS_CHANGED, request,
					"provider " + id + ": " + WeeklyHoursForm.describe(saved.value()));
			redirect.addFlashAttribute("notice",
					"The weekly hours are saved." + SettingsErrors.kept(saved.stranded().size()));
			return "redirect:/settings/providers/" + id;
		});
		if (next != null) {
			return next;
		}
		model.addAttribute("week", week);
		return provider(id, model);
	}

	@PostMapping("/settings/providers/{id}/exceptions")
	String addException(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "false") boolean force, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		ExceptionForm exception = ExceptionForm.parse(form);
		String next = SettingsForms.attempt(model, "exceptionForce", () -> {
			var saved = this.setup.putException(id, SettingsForms.date(exception.date()),
					exception.hours().ranges("hours"), exception.note(), force);
			this.audit.record(AuditAction.SCHEDULE_EXCEPTION_SET, request, "provider " + id + " on "
					+ saved.value().date() + ": " + WeeklyHoursForm.describe(saved.value().hours()));
			redirect.addFlashAttribute("notice", "The hours on " + saved.value().date() + " are saved."
					+ SettingsErrors.kept(saved.stranded().size()));
			return "redirect:/settings/providers/" + id;
		});
		if (next != null) {
			return next;
		}
		model.addAttribute("exception", exception);
		return provider(id, model);
	}

	@PostMapping("/settings/providers/{id}/exceptions/{exceptionId}/delete")
	String deleteException(@PathVariable long id, @PathVariable long exceptionId, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		String next = SettingsForms.attempt(model, "exceptionsList", () -> {
			this.setup.deleteException(id, exceptionId, false);
			this.audit.record(AuditAction.SCHEDULE_EXCEPTION_REMOVED, request,
					"provider " + id + ", exception " + exceptionId);
			redirect.addFlashAttribute("notice", "The date's own hours are removed: the weekly hours apply.");
			return "redirect:/settings/providers/" + id;
		});
		return (next != null) ? next : provider(id, model);
	}

	/**
	 * A provider in the list, with their week.
	 *
	 * @param provider the provider
	 * @param week their weekly hours
	 */
	record ProviderRow(Provider provider, WeeklyHoursForm week) {
	}

}
