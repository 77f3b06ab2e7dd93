package io.bella.dashboard.ops;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;

import io.bella.dashboard.audit.AuditAction;
import io.bella.dashboard.audit.AuditLog;
import io.bella.operations.AlertActionRefusedException;
import io.bella.operations.AlertDesk;
import io.bella.operations.BreakerBoard;
import io.bella.operations.StatusBoard;
import io.bella.voice.CallActivity;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operations page: status, unresolved alerts and what can be done about them,
 * breakers, calls in progress and the last 15 minutes' turn latency. The live part is
 * also served alone for htmx to poll.
 */
@Controller
class OperationsController {

	static final int MAX_ALERTS = 50;

	static final Duration LATENCY_WINDOW = Duration.ofMinutes(15);

	/** How long a silence from this page lasts, by the choice offered. */
	static final Map<String, Duration> SILENCES = Map.of("1h", Duration.ofHours(1), "4h", Duration.ofHours(4), "24h",
			Duration.ofHours(24));

	private final StatusBoard status;

	private final BreakerBoard breakers;

	private final AlertDesk alerts;

	private final CallActivity calls;

	private final AuditLog audit;

	private final Clock clock;

	OperationsController(StatusBoard status, BreakerBoard breakers, AlertDesk alerts, CallActivity calls,
			AuditLog audit, Clock clock) {
		this.status = status;
		this.breakers = breakers;
		this.alerts = alerts;
		this.calls = calls;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/operations")
	String operations(Model model) {
		live(model);
		return "operations";
	}

	@GetMapping("/operations/live")
	String liveFragment(Model model) {
		live(model);
		return "operations :: live";
	}

	@PostMapping("/operations/alerts/{id}/acknowledge")
	String acknowledge(@PathVariable long id, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, AuditAction.ALERT_ACKNOWLEDGED, "Alert " + id + " acknowledged.", principal, request, redirect,
				() -> this.alerts.acknowledge(id, principal.getName()));
	}

	@PostMapping("/operations/alerts/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String note, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		String trimmed = note.isBlank() ? null : note.strip();
		if (trimmed != null && trimmed.length() > 500) {
			redirect.addFlashAttribute("problem", "A note is at most 500 characters.");
			return "redirect:/operations";
		}
		return act(id, AuditAction.ALERT_RESOLVED, "Alert " + id + " resolved.", principal, request, redirect,
				() -> this.alerts.resolve(id, principal.getName(), trimmed));
	}

	@PostMapping("/operations/alerts/{id}/silence")
	String silence(@PathVariable long id, @RequestParam(defaultValue = "") String length, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		Duration duration = SILENCES.get(length);
		if (duration == null) {
			redirect.addFlashAttribute("problem", "Choose how long to silence: 1 hour, 4 hours or 24 hours.");
			return "redirect:/operations";
		}
		return act(id, AuditAction.ALERT_SILENCED,
				"Notices like alert " + id + "'s are silenced for " + duration.toHours() + " h.", principal, request,
				redirect, () -> this.alerts.silence(id, duration, principal.getName(), "From the operations page"));
	}

	private String act(long id, AuditAction action, String done, Principal principal, HttpServletRequest request,
			RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			this.audit.record(action, principal.getName(), request.getRemoteAddr(), "alert " + id);
			redirect.addFlashAttribute("notice", done);
		}
		catch (AlertActionRefusedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/operations";
	}

	private void live(Model model) {
		Instant now = this.clock.instant();
		model.addAttribute("status", this.status.status());
		model.addAttribute("alerts", this.alerts.unresolved(MAX_ALERTS));
		model.addAttribute("breakers", this.breakers.breakers());
		model.addAttribute("activeCalls", this.calls.inProgress(now));
		OptionalLong p95 = this.calls.turnLatencyP95(now.minus(LATENCY_WINDOW), now);
		model.addAttribute("latencyP95", p95.isPresent() ? p95.getAsLong() : null);
		model.addAttribute("asOf", now);
	}

}
