package io.bella.dashboard.settings;

import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.booking.BookingProperties;
import io.bella.booking.Clinic;
import io.bella.booking.ClinicDetails;
import io.bella.booking.ClinicSetup;
import io.bella.booking.Clinics;
import io.bella.booking.Saved;
import io.bella.dashboard.audit.AuditAction;
import io.bella.system.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's details and its booking rules, written through {@link ClinicSetup}.
 */
@Controller
class ClinicSettingsController {

	private final Clinics clinics;

	private final ClinicSetup setup;

	private final SettingsAudit audit;

	ClinicSettingsController(Clinics clinics, ClinicSetup setup, SettingsAudit audit) {
		this.clinics = clinics;
		this.setup = setup;
		this.audit = audit;
	}

	@GetMapping("/settings/clinic")
	String clinic(Model model) {
		if (!model.containsAttribute("clinic")) {
			model.addAttribute("clinic", this.clinics.find().map(ClinicForm::of).orElse(ClinicForm.EMPTY));
		}
		return "settings-clinic";
	}

	@PostMapping("/settings/clinic")
	String saveClinic(@ModelAttribute("clinic") ClinicForm form, @RequestParam(defaultValue = "false") boolean force,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String> facts = this.clinics.find().map(Clinic::facts).orElse(Map.of());
		String next = SettingsForms.attempt(model, SettingsErrors.FORCE, () -> {
			Saved<Clinic> saved = this.setup.saveClinic(new ClinicDetails(form.name(), form.timeZone(), form.phone(),
					form.transferNumber(), form.region(), form.kind(), form.address(), facts), force);
			this.audit.record(AuditAction.CLINIC_CHANGED, request,
					saved.value().name() + ", " + saved.value().timeZone().getId());
			redirect.addFlashAttribute("notice",
					"The clinic's details are saved." + SettingsErrors.kept(saved.stranded().size()));
			return "redirect:/settings/clinic";
		});
		return (next != null) ? next : clinic(model);
	}

	@GetMapping("/settings/rules")
	String rules(Model model) {
		if (!model.containsAttribute("rules")) {
			model.addAttribute("rules", RulesForm.of(this.clinics.bookingRules()));
		}
		return "settings-rules";
	}

	@PostMapping("/settings/rules")
	String saveRules(@ModelAttribute("rules") RulesForm form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		Integer notice = SettingsForms.integer("minimumNoticeMin", "Minimum notice (minutes)", form.minimumNoticeMin(),
				errors);
		Integer advance = SettingsForms.integer("maximumAdvanceDays", "Booking horizon (days)",
				form.maximumAdvanceDays(), errors);
		Integer grid = SettingsForms.integer("slotGridMin", "Slot grid (minutes)", form.slotGridMin(), errors);
		if (errors.isEmpty()) {
			try {
				BookingProperties saved = this.setup.saveRules(notice, advance, grid);
				this.audit.record(AuditAction.BOOKING_RULES_CHANGED, request,
						"notice " + saved.minimumNotice().toMinutes() + " min, horizon "
								+ saved.maximumAdvance().toDays() + " days, grid " + saved.slotGrid().toMinutes()
								+ " min");
				redirect.addFlashAttribute("notice", "The booking rules are saved.");
				return "redirect:/settings/rules";
			}
			catch (InvalidRequestException ex) {
				errors.putAll(SettingsErrors.of(ex));
			}
		}
		model.addAttribute("errors", errors);
		return rules(model);
	}

	/**
	 * The clinic's details as written in the form.
	 *
	 * @param name the name callers hear
	 * @param timeZone an IANA zone
	 * @param phone the clinic's number
	 * @param transferNumber where callers are handed to a person
	 * @param region where numbers without a country code are read
	 * @param kind the kind of practice
	 * @param address the street address
	 */
	record ClinicForm(String name, String timeZone, String phone, String transferNumber, String region, String kind,
			String address) {

		static final ClinicForm EMPTY = new ClinicForm("", "", "", "", "", "", "");

		static ClinicForm of(Clinic clinic) {
			return new ClinicForm(clinic.name(), clinic.timeZone().getId(), clinic.phone(), clinic.transferNumber(),
					clinic.region(), clinic.kind(), clinic.address());
		}

	}

	/**
	 * The booking rules as written in the form; blank returns a rule to its default.
	 *
	 * @param minimumNoticeMin how long before a visit it may be booked, in minutes
	 * @param maximumAdvanceDays how far ahead, in days
	 * @param slotGridMin the minutes visits start on
	 */
	record RulesForm(String minimumNoticeMin, String maximumAdvanceDays, String slotGridMin) {

		static RulesForm of(BookingProperties rules) {
			return new RulesForm(String.valueOf(rules.minimumNotice().toMinutes()),
					String.valueOf(rules.maximumAdvance().toDays()), String.valueOf(rules.slotGrid().toMinutes()));
		}

	}

}
