package io.bella.dashboard.patients;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboard's "Not found" page for a record that does not exist (a patient, a call),
 * saying which.
 */
public final class RecordPages {

	private RecordPages() {
	}

	public static ModelAndView notFound(String message) {
		ModelAndView page = new ModelAndView("dashboard-error");
		page.setStatus(HttpStatus.NOT_FOUND);
		page.addObject("status", HttpStatus.NOT_FOUND.value());
		page.addObject("heading", "Not found");
		page.addObject("message", message);
		return page;
	}

}
