package io.bella.system;

import java.time.Clock;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.http.MediaType;
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
@Tag(name = "Health", description = "Whether this instance can take calls; open to load balancers")
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
	@Operation(operationId = "getHealth", summary = "Whether this instance can take calls",
			description = "Needs no API key. time is the server's clock, in UTC.")
	@ApiResponse(responseCode = "200", description = "Up: the database takes writes and the call sessions answer")
	@ApiResponse(responseCode = "503", description = "Degraded: the database or the call sessions do not answer",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = Health.class)))
	ResponseEntity<Health> health() {
		boolean databaseUp = Status.UP.equals(this.database.health().getStatus());
		boolean sessionsUp = sessionsUp();
		boolean up = databaseUp && sessionsUp;
		return ResponseEntity.status(up ? 200 : 503)
			.body(new Health(up ? "ok" : "degraded", databaseUp ? "up" : "down", sessionsUp ? "up" : "down",
					Instant.now(this.clock).toString()));
	}

	private boolean sessionsUp() {
		if (this.contributors.getContributor(CALL_SESSIONS) instanceof HealthIndicator sessions) {
			return Status.UP.equals(sessions.health().getStatus());
		}
		return true;
	}

	/**
	 * What {@code /healthz} answers.
	 *
	 * @param status ok when a call can be taken
	 * @param database whether the database takes writes
	 * @param sessions whether the store of call sessions answers
	 * @param time the server's clock, ISO-8601 in UTC
	 */
	record Health(@Schema(description = "ok or degraded", example = "ok") String status,
			@Schema(description = "up or down", example = "up") String database,
			@Schema(description = "up or down", example = "up") String sessions,
			@Schema(example = "2026-03-02T13:00:00Z") String time) {
	}

}
