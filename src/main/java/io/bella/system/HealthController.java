package io.bella.system;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The liveness answer load balancers and Twilio health checks read: open, fast, and
 * honest about the database.
 */
@RestController
class HealthController {

	private final JdbcClient jdbc;

	private final Clock clock;

	HealthController(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/healthz")
	ResponseEntity<Map<String, Object>> health() {
		Map<String, Object> body = new LinkedHashMap<>();
		boolean databaseUp = databaseUp();
		body.put("status", databaseUp ? "ok" : "degraded");
		body.put("database", databaseUp ? "up" : "down");
		body.put("time", Instant.now(this.clock).toString());
		return ResponseEntity.status(databaseUp ? 200 : 503).body(body);
	}

	private boolean databaseUp() {
		try {
			return this.jdbc.sql("SELECT 1").query(Integer.class).single() == 1;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
