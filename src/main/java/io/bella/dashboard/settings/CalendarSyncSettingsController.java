package io.bella.dashboard.settings;

import io.bella.calendar.BusyImport;
import io.bella.calendar.CalendarSyncRefusedException;
import io.bella.calendar.CalendarUnavailableException;
import io.bella.dashboard.audit.AuditAction;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Synchronise now" on a provider's settings page: imports the busy times of their Google
 * calendar at once, as {@code POST /api/providers/{id}/calendar-sync} does, and says what
 * came of it.
 */
@Controller
class CalendarSyncSettingsController {

	private final BusyImport busyImport;

	private final SettingsAudit audit;

	CalendarSyncSettingsController(BusyImport busyImport, SettingsAudit audit) {
		this.busyImport = busyImport;
		this.audit = audit;
	}

	@PostMapping("/settings/providers/{id}/calendar-sync")
	String synchronise(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			BusyImport.Imported imported = this.busyImport.importNow(id);
			this.audit.record(AuditAction.CALENDAR_SYNCHRONISED, request,
					"provider " + id + ": " + imported.busyBlocks() + " busy time(s)");
			redirect.addFlashAttribute("notice",
					"The busy times are imported: " + imported.busyBlocks()
							+ ((imported.busyBlocks() == 1) ? " busy time" : " busy times")
							+ " from now to the booking horizon.");
		}
		catch (CalendarSyncRefusedException ex) {
			redirect.addFlashAttribute("syncProblem", "Nothing was imported: " + ex.getMessage());
		}
		catch (CalendarUnavailableException ex) {
			redirect.addFlashAttribute("syncProblem",
					"Nothing was imported: Google cannot be reached now. " + ex.getMessage() + " Try again later.");
		}
		return "redirect:/settings/providers/" + id;
	}

}
