package io.bella.operations.slo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bella's SLOs: objectives, SLIs over rolling windows, error budgets, burn rates and
 * status.
 */
@RestController
@Tag(name = "Operations", description = "Circuit breakers, alerts and the service's health as operators see it")
class SlaMetricsController {

	private final Slos slos;

	SlaMetricsController(Slos slos) {
		this.slos = slos;
	}

	@GetMapping("/api/unified/sla-metrics")
	@Operation(operationId = "getSlaMetrics", summary = "SLOs, error budgets and burn rates",
			description = "Per SLO (webhook availability, webhook latency within 2 s and within 300 ms, call "
					+ "success, API error rate): its objective, the SLI over 5m, 30m, 1h, 2h, 6h, 1d, 3d and the full "
					+ "window, the error budget over the full window, the burn rate per window, the burn-rate pairs "
					+ "that hold, and its status (OK, TICKET, PAGE or INSUFFICIENT_DATA). Windows count whole "
					+ "minutes, across every instance.")
	SloReport slaMetrics() {
		return this.slos.current();
	}

}
