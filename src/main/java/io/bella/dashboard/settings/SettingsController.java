package io.bella.dashboard.settings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.bella.booking.AppointmentTypes;
import io.bella.booking.ClinicSetup;
import io.bella.booking.Clinics;
import io.bella.booking.Providers;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The settings' overview: the clinic's set-up at a glance with a link to each part.
 */
@Controller
class SettingsController {

	private final Clinics clinics;

	private final Providers providers;

	private final AppointmentTypes types;

	private final ClinicSetup setup;

	private final Clock clock;

	SettingsController(Clinics clinics, Providers providers, AppointmentTypes types, ClinicSetup setup, Clock clock) {
		this.clinics = clinics;
		this.providers = providers;
		this.types = types;
		this.setup = setup;
		this.clock = clock;
	}

	@GetMapping({ "/settings", "/settings/" })
	String overview(Model model) {
		model.addAttribute("clinic", this.clinics.find().orElse(null));
		model.addAttribute("rules", this.clinics.find().isPresent() ? this.clinics.bookingRules() : null);
		model.addAttribute("providers", this.providers.findAll());
		model.addAttribute("types", this.types.findAll());
		LocalDate today = LocalDate.now(this.clock.withZone(this.clinics.zone().orElse(ZoneOffset.UTC)));
		model.addAttribute("closedDates", this.setup.closedDates(today, today.plusYears(1)).stream().limit(5).toList());
		return "settings";
	}

}
