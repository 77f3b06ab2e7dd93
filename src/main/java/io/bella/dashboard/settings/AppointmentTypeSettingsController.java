package io.bella.dashboard.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bella.booking.AppointmentType;
import io.bella.booking.AppointmentTypeSetup;
import io.bella.booking.AppointmentTypes;
import io.bella.booking.NotFoundException;
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
 * Appointment types: their length, buffers, providers and what callers call them, written
 * through {@link AppointmentTypeSetup}.
 */
@Controller
class AppointmentTypeSettingsController {

	private final AppointmentTypes types;

	private final AppointmentTypeSetup setup;

	private final Providers providers;

	private final SettingsAudit audit;

	AppointmentTypeSettingsController(AppointmentTypes types, AppointmentTypeSetup setup, Providers providers,
			SettingsAudit audit) {
		this.types = types;
		this.setup = setup;
		this.providers = providers;
		this.audit = audit;
	}

	@GetMapping("/settings/types")
	String list(Model model) {
		List<Provider> all = this.providers.findAll();
		model.addAttribute("types", this.types.findAll().stream().map((type) -> TypeRow.of(type, all)).toList());
		model.addAttribute("providers", all);
		if (!model.containsAttribute("type")) {
			model.addAttribute("type", TypeForm.EMPTY);
		}
		return "settings-types";
	}

	@PostMapping("/settings/types")
	String create(@ModelAttribute("type") TypeForm form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			AppointmentType draft = form.type(0, errors);
			if (errors.isEmpty()) {
				AppointmentType created = this.setup.create(draft, null).value();
				this.audit.record(AuditAction.APPOINTMENT_TYPE_ADDED, request, describe(created));
				redirect.addFlashAttribute("notice", "Added the appointment type " + created.name() + ".");
				return "redirect:/settings/types";
			}
		}
		catch (InvalidRequestException ex) {
			errors.putAll(SettingsErrors.of(ex));
		}
		model.addAttribute("errors", errors);
		return list(model);
	}

	@GetMapping("/settings/types/{id}")
	String type(@PathVariable long id, Model model) {
		AppointmentType type = this.types.findById(id).orElseThrow(() -> new NotFoundException("appointment type", id));
		model.addAttribute("typeId", id);
		model.addAttribute("typeName", type.name());
		model.addAttribute("providers", this.providers.findAll());
		if (!model.containsAttribute("type")) {
			model.addAttribute("type", TypeForm.of(type));
		}
		return "settings-type";
	}

	@PostMapping("/settings/types/{id}")
	String update(@PathVariable long id, @ModelAttribute("type") TypeForm form,
			@RequestParam(defaultValue = "false") boolean force, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			AppointmentType next = form.type(id, errors);
			if (errors.isEmpty()) {
				Saved<AppointmentType> saved = this.setup.update(next, force);
				this.audit.record(AuditAction.APPOINTMENT_TYPE_CHANGED, request, describe(saved.value()));
				redirect.addFlashAttribute("notice", "The appointment type " + saved.value().name() + " is saved."
						+ SettingsErrors.kept(saved.stranded().size()));
				return "redirect:/settings/types";
			}
		}
		catch (InvalidRequestException ex) {
			errors.putAll(SettingsErrors.of(ex));
		}
		catch (StrandedAppointmentsException ex) {
			errors.putAll(SettingsErrors.of(ex, SettingsErrors.FORCE));
		}
		model.addAttribute("errors", errors);
		return type(id, model);
	}

	private static String describe(AppointmentType type) {
		return "appointment type " + type.id() + ": " + type.name() + ", " + type.durationMin() + " min, buffers "
				+ type.bufferBeforeMin() + "/" + type.bufferAfterMin() + " min";
	}

	/**
	 * An appointment type in the list, with who offers it.
	 *
	 * @param type the type
	 * @param providers the providers' names, or "Everyone"
	 */
	record TypeRow(AppointmentType type, String providers) {

		static TypeRow of(AppointmentType type, List<Provider> providers) {
			if (type.providerIds().isEmpty()) {
				return new TypeRow(type, "Everyone");
			}
			return new TypeRow(type,
					String.join(", ",
							providers.stream()
								.filter((p) -> type.providerIds().contains(p.id()))
								.map(Provider::name)
								.toList()));
		}

	}

	/**
	 * An appointment type as written in the form.
	 *
	 * @param name what it is called
	 * @param durationMin its length in minutes
	 * @param bufferBeforeMin time kept free before, in minutes
	 * @param bufferAfterMin time kept free after, in minutes
	 * @param providerIds who offers it (none ticked: everyone)
	 * @param synonyms what callers say for it, separated by commas or lines
	 */
	record TypeForm(String name, String durationMin, String bufferBeforeMin, String bufferAfterMin,
			List<String> providerIds, String synonyms) {

		static final TypeForm EMPTY = new TypeForm("", "30", "0", "0", List.of(), "");

		TypeForm {
			providerIds = (providerIds != null) ? List.copyOf(providerIds) : List.of();
		}

		static TypeForm of(AppointmentType type) {
			return new TypeForm(type.name(), String.valueOf(type.durationMin()), String.valueOf(type.bufferBeforeMin()),
					String.valueOf(type.bufferAfterMin()), type.providerIds().stream().map(String::valueOf).toList(),
					String.join(", ", type.synonyms()));
		}

		/**
		 * The type to save; what cannot be read as a number goes into {@code errors}.
		 */
		AppointmentType type(long id, Map<String, String> errors) {
			Integer duration = SettingsForms.integer("durationMin", "Duration (minutes)", this.durationMin, errors);
			Integer before = SettingsForms.integer("bufferBeforeMin", "Buffer before (minutes)", this.bufferBeforeMin,
					errors);
			Integer after = SettingsForms.integer("bufferAfterMin", "Buffer after (minutes)", this.bufferAfterMin,
					errors);
			if (duration == null && !errors.containsKey("durationMin")) {
				errors.put("durationMin", "Duration (minutes) is required.");
			}
			List<Long> ids = new ArrayList<>();
			for (String providerId : this.providerIds) {
				if (!providerId.isBlank()) {
					ids.add(SettingsForms.id("provider_ids", providerId));
				}
			}
			List<String> phrases = Arrays
				.stream((this.synonyms != null) ? this.synonyms.split("[,\\n]") : new String[0])
				.map(String::strip)
				.filter((phrase) -> !phrase.isEmpty())
				.toList();
			return new AppointmentType(id, this.name, (duration != null) ? duration : 0, (before != null) ? before : 0,
					(after != null) ? after : 0, ids, phrases);
		}

	}

}
