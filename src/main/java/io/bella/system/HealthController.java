package io.bella.system;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer load balancers and Twilio health checks read: open, fast, and honest about
 * what a call needs: the database, up only when it takes a write within the health
 * budget, and the store of call sessions (Redis when configured), whose indicator the
 * voice module registers as {@code callSessions}.
 */
@RestController
class HealthController {

	static final String CALL_SESSIONS = "callSessions";

	private final DatabaseHealthIndicator database;

	private final HealthContributorRegistry contributors;

	private final Clock clock;

	HealthController(DatabaseHealthIndicator database, HealthContributorRegistry contributors, Clock clock) {
		this.database = database;
		this.contributors = contributors;
		this.clock = clock;
	}

	@GetMapping("/healthz")
	ResponseEntity<Map<String, Object>> health() {
		Map<String, Object> body = new LinkedHashMap<>();
		boolean databaseUp = Status.UP.equals(this.database.health().getStatus());
		boolean sessionsUp = sessionsUp();
		boolean up = databaseUp && sessionsUp;
		body.put("status", up ? "ok" : "degraded");
		body.put("database", databaseUp ? "up" : "down");
		body.put("sessions", sessionsUp ? "up" : "down");
		body.put("time", Instant.now(this.clock).toString());
		return ResponseEntity.status(up ? 200 : 503).body(body);
	}

	private boolean sessionsUp() {
		if (this.contributors.getContributor(CALL_SESSIONS) instanceof HealthIndicator sessions) {
			return Status.UP.equals(sessions.health().getStatus());
		}
		return true;
	}

}
