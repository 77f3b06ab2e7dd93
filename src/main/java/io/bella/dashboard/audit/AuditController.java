package io.bella.dashboard.audit;

import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for administrators, newest first, a page at a time.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(defaultValue = "0") String page, Model model) {
		Page<AuditEvent> events = this.log.page(new Paging(pageNumber(page), PAGE_SIZE));
		model.addAttribute("events", events);
		model.addAttribute("hasNext", (long) (events.page() + 1) * events.size() < events.total());
		return "audit";
	}

	// a page number that is no number, or out of range, is the first page rather than an
	// error: it comes from a link, not from a form someone fills in
	private static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page), 1_000_000));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
