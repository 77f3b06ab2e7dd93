package io.bella.dashboard.patients;

import java.util.Map;

import io.bella.booking.Patient;
import io.bella.booking.PatientQuery;
import io.bella.booking.Patients;
import io.bella.booking.Patients.Registration;
import io.bella.dashboard.web.ErrorPages;
import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's patients: searched by name or phone number ({@code /patients}), one
 * patient's page ({@code /patients/{id}}, {@link PatientPage}), and registering
 * ({@code /patients/new}) or editing ({@code /patients/{id}/edit}) one through the
 * booking module's {@link Patients}, as {@code /api/users} does.
 */
@Controller
class PatientsController {

	static final int PAGE_SIZE = 50;

	private static final String FORM = "patient-form";

	private final Patients patients;

	private final PatientPage patientPage;

	PatientsController(Patients patients, PatientPage patientPage) {
		this.patients = patients;
		this.patientPage = patientPage;
	}

	@GetMapping("/patients")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		String text = q.strip();
		Page<Patient> found = this.patients.search(new PatientQuery(text.isEmpty() ? null : text, null, null),
				new Paging(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
		model.addAttribute("q", text);
		model.addAttribute("patients", found);
		model.addAttribute("hasNext", (found.page() + 1L) * found.size() < found.total());
		return "patients";
	}

	@GetMapping("/patients/new")
	String create(Model model) {
		model.addAttribute("form", PatientForm.empty());
		return FORM;
	}

	@PostMapping("/patients")
	String create(@Valid @ModelAttribute("form") PatientForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Registration registration = this.patients.registerOrFind(form.name(), form.phone(), form.email());
			if (!registration.created()) {
				model.addAttribute("existing", registration.patient());
				return FORM;
			}
			redirect.addFlashAttribute("notice", "Patient registered.");
			return "redirect:/patients/" + registration.patient().id();
		}
		catch (InvalidRequestException ex) {
			reject(result, ex);
			return FORM;
		}
	}

	@GetMapping("/patients/{id}")
	ModelAndView patient(@PathVariable long id) {
		return this.patients.findById(id).map(this.patientPage::of).orElseGet(PatientsController::notFound);
	}

	@GetMapping("/patients/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		return this.patients.findById(id)
			.map((patient) -> new ModelAndView(FORM, Map.of("form", PatientForm.of(patient), "patient", patient)))
			.orElseGet(PatientsController::notFound);
	}

	@PostMapping("/patients/{id}")
	ModelAndView edit(@PathVariable long id, @Valid @ModelAttribute("form") PatientForm form, BindingResult result,
			RedirectAttributes redirect) {
		Patient patient = this.patients.findById(id).orElse(null);
		if (patient == null) {
			return notFound();
		}
		ModelAndView again = new ModelAndView(FORM, Map.of("patient", patient));
		if (result.hasErrors()) {
			return again;
		}
		try {
			Registration update = this.patients.update(id, form.name(), form.phone(), form.email());
			if (!update.created()) {
				again.addObject("existing", update.patient());
				return again;
			}
			redirect.addFlashAttribute("notice", "Changes saved.");
			return new ModelAndView("redirect:/patients/" + id);
		}
		catch (InvalidRequestException ex) {
			reject(result, ex);
			return again;
		}
	}

	private static void reject(BindingResult result, InvalidRequestException ex) {
		ex.errors().forEach((field, message) -> {
			String name = "phone".equals(field) ? "phone" : "name".equals(field) ? "name" : "email";
			result.rejectValue(name, "invalid", capitalised(field) + " " + message + ".");
		});
	}

	private static String capitalised(String field) {
		return field.isEmpty() ? field : Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}

	private static ModelAndView notFound() {
		return ErrorPages.notFound("There is no patient with this number.");
	}

}
