package io.bella.dashboard.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.bella.operations.KpiBoard;
import io.bella.system.ClinicTimeZone;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analytics page: a period's business metrics against the period before, as charts
 * and tables.
 */
@Controller
class AnalyticsController {

	private final KpiBoard kpis;

	private final ClinicTimeZone clinicZone;

	private final Clock clock;

	AnalyticsController(KpiBoard kpis, ClinicTimeZone clinicZone, Clock clock) {
		this.kpis = kpis;
		this.clinicZone = clinicZone;
		this.clock = clock;
	}

	@GetMapping("/analytics")
	String analytics(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		ZoneId zone = this.clinicZone.zone().orElse(ZoneOffset.UTC);
		AnalyticsPeriod period = AnalyticsPeriod.parse(from, to, LocalDate.now(this.clock.withZone(zone)));
		KpiBoard.Period metrics = this.kpis.period(period.start(zone), period.end(zone));
		model.addAttribute("period", period);
		model.addAttribute("previous", period.previous());
		model.addAttribute("days", period.days());
		model.addAttribute("fromValue", (from != null && period.problem() != null) ? from : period.from());
		model.addAttribute("toValue", (to != null && period.problem() != null) ? to : period.to());
		model.addAttribute("view", AnalyticsView.of(metrics));
		return "analytics";
	}

}
