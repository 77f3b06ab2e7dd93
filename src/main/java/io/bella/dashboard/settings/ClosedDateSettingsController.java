package io.bella.dashboard.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.bella.booking.ClinicSetup;
import io.bella.booking.Clinics;
import io.bella.booking.ClosedDate;
import io.bella.booking.Provider;
import io.bella.booking.Providers;
import io.bella.booking.Saved;
import io.bella.booking.StrandedAppointmentsException;
import io.bella.dashboard.audit.AuditAction;
import io.bella.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dates the clinic, or one provider, is closed, and the statutory holidays of a province
 * or territory, written through {@link ClinicSetup}.
 */
@Controller
class ClosedDateSettingsController {

	private static final String REDIRECT = "redirect:/settings/closed-dates";

	private final ClinicSetup setup;

	private final Clinics clinics;

	private final Providers providers;

	private final SettingsAudit audit;

	private final Clock clock;

	ClosedDateSettingsController(ClinicSetup setup, Clinics clinics, Providers providers, SettingsAudit audit,
			Clock clock) {
		this.setup = setup;
		this.clinics = clinics;
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/settings/closed-dates")
	String list(Model model) {
		LocalDate today = today();
		Map<Long, String> names = this.providers.findAll()
			.stream()
			.collect(Collectors.toMap(Provider::id, Provider::name));
		// a year ahead: bounded, and as far as anyone plans closures
		model.addAttribute("closedDates", this.setup.closedDates(today, today.plusYears(1))
			.stream()
			.map((closed) -> new Row(closed,
					(closed.providerId() != null) ? names.getOrDefault(closed.providerId(), "") : "Whole clinic"))
			.toList());
		model.addAttribute("providers", this.providers.findAll());
		model.addAttribute("jurisdictions", this.setup.holidayJurisdictions());
		if (!model.containsAttribute("closed")) {
			model.addAttribute("closed", new ClosedForm("", "", ""));
		}
		if (!model.containsAttribute("holidays")) {
			model.addAttribute("holidays", new HolidaysForm("", "1"));
		}
		return "settings-closed-dates";
	}

	@PostMapping("/settings/closed-dates")
	String close(@ModelAttribute("closed") ClosedForm form, @RequestParam(defaultValue = "false") boolean force,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			Saved<ClosedDate> saved = this.setup.closeOn(SettingsForms.date(form.date()), form.name(),
					SettingsForms.id("provider_id", form.providerId()), force);
			ClosedDate closed = saved.value();
			this.audit.record(AuditAction.CLOSED_DATE_ADDED, request, closed.date() + " " + closed.name()
					+ ((closed.providerId() != null) ? ", provider " + closed.providerId() : ", whole clinic"));
			redirect.addFlashAttribute("notice",
					"Closed on " + closed.date() + "." + SettingsErrors.kept(saved.stranded().size()));
			return REDIRECT;
		}
		catch (InvalidRequestException ex) {
			errors.putAll(SettingsErrors.of(ex));
		}
		catch (StrandedAppointmentsException ex) {
			errors.putAll(SettingsErrors.of(ex, SettingsErrors.FORCE));
		}
		model.addAttribute("errors", errors);
		return list(model);
	}

	@PostMapping("/settings/closed-dates/{id}/delete")
	String reopen(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		this.setup.reopen(id);
		this.audit.record(AuditAction.CLOSED_DATE_REMOVED, request, "closed date " + id);
		redirect.addFlashAttribute("notice", "The date is open again.");
		return REDIRECT;
	}

	@PostMapping("/settings/closed-dates/holidays")
	String holidays(@ModelAttribute("holidays") HolidaysForm form, @RequestParam(defaultValue = "false") boolean force,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer years = SettingsForms.integer("years", "Years", form.years(), errors);
		if (errors.isEmpty()) {
			try {
				Saved<List<ClosedDate>> saved = this.setup.closeOnStatutoryHolidays(form.jurisdiction(), today(),
						(years != null) ? years : 1, force);
				this.audit.record(AuditAction.HOLIDAYS_ADDED, request,
						form.jurisdiction() + ", " + saved.value().size() + " dates");
				redirect.addFlashAttribute("notice", "Closed on " + saved.value().size() + " statutory holidays of "
						+ form.jurisdiction() + "." + SettingsErrors.kept(saved.stranded().size()));
				return REDIRECT;
			}
			catch (InvalidRequestException ex) {
				errors.putAll(SettingsErrors.of(ex));
			}
			catch (StrandedAppointmentsException ex) {
				errors.putAll(SettingsErrors.of(ex, "holidaysForce"));
			}
		}
		model.addAttribute("errors", errors);
		return list(model);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.clinics.zone().orElse(ZoneOffset.UTC)));
	}

	/**
	 * A closed date in the list.
	 *
	 * @param closed the date
	 * @param who the provider away, or "Whole clinic"
	 */
	record Row(ClosedDate closed, String who) {
	}

	/**
	 * A closed date as written in the form.
	 *
	 * @param date the date ({@code YYYY-MM-DD})
	 * @param name what it is
	 * @param providerId the provider away, blank for the whole clinic
	 */
	record ClosedForm(String date, String name, String providerId) {
	}

	/**
	 * Statutory holidays to close on, as chosen in the form.
	 *
	 * @param jurisdiction the province or territory ({@code CA-ON})
	 * @param years for how many years from today
	 */
	record HolidaysForm(String jurisdiction, String years) {
	}

}
