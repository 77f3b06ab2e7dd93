package io.bella.system;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Status;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer load balancers and Twilio health checks read: open, fast, and honest about
 * the database, which is up only when it takes a write within the health budget.
 */
@RestController
class HealthController {

	private final DatabaseHealthIndicator database;

	private final Clock clock;

	HealthController(DatabaseHealthIndicator database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	@GetMapping("/healthz")
	ResponseEntity<Map<String, Object>> health() {
		Map<String, Object> body = new LinkedHashMap<>();
		boolean databaseUp = Status.UP.equals(this.database.health().getStatus());
		body.put("status", databaseUp ? "ok" : "degraded");
		body.put("database", databaseUp ? "up" : "down");
		body.put("time", Instant.now(this.clock).toString());
		return ResponseEntity.status(databaseUp ? 200 : 503).body(body);
	}

}
