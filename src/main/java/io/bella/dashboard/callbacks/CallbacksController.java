package io.bella.dashboard.callbacks;

import io.bella.messaging.CallbackRequest;
import io.bella.messaging.Callbacks;
import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Voicemails waiting for a callback ({@code /callbacks}): open ones first, oldest first,
 * then done ones; marked done through messaging's {@link Callbacks}, as
 * {@code /api/callbacks/{id}/done} does.
 */
@Controller
class CallbacksController {

	static final int PAGE_SIZE = 50;

	private final Callbacks callbacks;

	CallbacksController(Callbacks callbacks) {
		this.callbacks = callbacks;
	}

	@GetMapping("/callbacks")
	String callbacks(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		String state = (CallbackRequest.OPEN.equals(status) || CallbackRequest.DONE.equals(status)) ? status : null;
		Page<CallbackRequest> requests = this.callbacks.find(state,
				new Paging(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE));
		model.addAttribute("status", (state != null) ? state : "");
		model.addAttribute("requests", requests);
		model.addAttribute("hasNext", (requests.page() + 1L) * requests.size() < requests.total());
		return "callbacks";
	}

	@PostMapping("/callbacks/{id}/done")
	String done(@PathVariable long id, @RequestParam(defaultValue = "") String status, RedirectAttributes redirect) {
		if (this.callbacks.findById(id).isEmpty()) {
			redirect.addFlashAttribute("error", "There is no callback request " + id + ".");
		}
		else {
			this.callbacks.markDone(id);
			redirect.addFlashAttribute("notice", "Callback request marked done.");
		}
		if (!status.isEmpty()) {
			redirect.addAttribute("status", status);
		}
		return "redirect:/callbacks";
	}

}
