package io.bella.dashboard.systempage;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.bella.operations.CostBoard;
import io.bella.operations.EventBacklog;
import io.bella.operations.SloBoard;
import io.bella.operations.StatusBoard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The system page: SLOs, cost, instance, the database and Redis, and the event
 * publication backlog.
 */
@Controller
class SystemController {

	private static final List<String> PLATFORM = List.of("database", "redis");

	private final SloBoard slos;

	private final CostBoard cost;

	private final StatusBoard status;

	private final EventBacklog backlog;

	private final Clock clock;

	SystemController(SloBoard slos, CostBoard cost, StatusBoard status, EventBacklog backlog, Clock clock) {
		this.slos = slos;
		this.cost = cost;
		this.status = status;
		this.backlog = backlog;
		this.clock = clock;
	}

	@GetMapping("/system")
	String system(Model model) {
		StatusBoard.Snapshot snapshot = this.status.status();
		EventBacklog.Backlog publications = this.backlog.backlog();
		model.addAttribute("slos", this.slos.slos().stream().map(SloRow::of).toList());
		model.addAttribute("cost", CostView.of(this.cost.costMonth()));
		model.addAttribute("status", snapshot);
		model.addAttribute("uptime", Ages.describe(snapshot.uptime()));
		model.addAttribute("platform",
				snapshot.components().stream().filter((component) -> PLATFORM.contains(component.name())).toList());
		model.addAttribute("backlog", publications);
		model.addAttribute("backlogAge", (publications.oldest() != null)
				? Ages.describe(Duration.between(publications.oldest(), this.clock.instant())) : null);
		return "system";
	}

}
