package io.bella.operations.alerts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.Together;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts and silences API over HTTP on PostgreSQL, and the unique index that keeps
 * one unresolved alert per fingerprint when raises and evaluations run at once.
 */
@BellaIntegrationTest
class AlertsApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Alerting alerting;

	@Autowired
	RuleEvaluation evaluation;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		this.jdbc.sql("DELETE FROM alert WHERE rule = 'manual' OR component LIKE 'api-test%'").update();
		this.jdbc.sql("DELETE FROM silence").update();
	}

	@Test
	void aPersonRaisesAnAlertAndRaisingItAgainCountsAnOccurrence() {
		String body = """
				{"severity": "high", "component": "api-test-desk", "summary": "Phones ring through to voicemail",
				 "details": "Three patients said so", "by": "Dr. Lee"}""";

		Response created = this.api.post("/api/unified/alerts", body);
		Response again = this.api.post("/api/unified/alerts", body);

		assertThat(created.status()).isEqualTo(201);
		JsonNode alert = created.json();
		assertThat(alert.get("severity").asString()).isEqualTo("HIGH");
		assertThat(alert.get("state").asString()).isEqualTo("FIRING");
		assertThat(alert.get("rule").asString()).isEqualTo("manual");
		assertThat(alert.get("raised_by").asString()).isEqualTo("Dr. Lee");
		// the clinic's time: 08:00 in Toronto, with its offset
		assertThat(alert.get("started_at").asString()).isEqualTo("2026-03-02T08:00:00-05:00");
		assertThat(alert.get("resolution").isNull()).isTrue();
		assertThat(alert.get("notifications")).isEmpty();
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(alert.get("id").asLong());
		assertThat(again.json().get("occurrences").asInt()).isEqualTo(2);
	}

	@Test
	void alertsAreListedNewestFirstFilteredAndPagedWithATotal() {
		for (int i = 0; i < 3; i++) {
			raise("api-test-list", "HIGH", "Trouble " + i);
			this.clock.advance(Duration.ofMinutes(1));
		}
		raise("api-test-list", "LOW", "Minor trouble");

		JsonNode high = this.api.get("/api/unified/alerts?component=api-test-list&severity=HIGH&size=2").json();
		JsonNode secondPage = this.api.get("/api/unified/alerts?component=api-test-list&severity=high&size=2&page=1")
			.json();
		JsonNode window = this.api.get(
				"/api/unified/alerts?component=api-test-list&from=2026-03-02T08:01:30-05:00&to=2026-03-02T08:02:30-05:00")
			.json();

		assertThat(high.get("total").asLong()).isEqualTo(3);
		assertThat(high.get("items")).extracting((alert) -> alert.get("summary").asString())
			.containsExactly("Trouble 2", "Trouble 1");
		assertThat(secondPage.get("items")).extracting((alert) -> alert.get("summary").asString())
			.containsExactly("Trouble 0");
		assertThat(secondPage.get("page").asInt()).isEqualTo(1);
		assertThat(window.get("items")).extracting((alert) -> alert.get("summary").asString())
			.containsExactlyInAnyOrder("Trouble 0", "Trouble 1", "Trouble 2");
	}

	@Test
	void badQueriesAreAnsweredWithProblemDetails() {
		for (String query : List.of("size=201", "size=0", "page=-1", "state=open", "severity=urgent",
				"from=2026-03-02T09:00:00Z&to=2026-03-02T08:00:00Z")) {
			Response response = this.api.get("/api/unified/alerts?" + query);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.contentType()).as(query).startsWith("application/problem+json");
			assertThat(response.json().get("type").asString()).as(query)
				.isEqualTo("https://bella.io/problems/invalid-request");
		}
		Response missingSummary = this.api.post("/api/unified/alerts",
				"{\"severity\": \"HIGH\", \"component\": \"api-test\"}");
		assertThat(missingSummary.status()).isEqualTo(400);
		assertThat(missingSummary.json().get("errors").get(0).get("field").asString()).isEqualTo("summary");
	}

	@Test
	void acknowledgeThenResolveByHandAndWhatTheirStatesDoNotAllow() {
		long id = raise("api-test-life", "CRITICAL", "Nobody can book");

		Response acknowledged = this.api.post("/api/unified/alerts/" + id + "/acknowledge", "{\"by\": \"Sam\"}");
		Response resolved = this.api.post("/api/unified/alerts/" + id + "/resolve",
				"{\"note\": \"Restarted the database\", \"by\": \"Sam\"}");
		Response resolvedAgain = this.api.post("/api/unified/alerts/" + id + "/resolve", "{\"note\": \"again\"}");
		Response acknowledgeResolved = this.api.post("/api/unified/alerts/" + id + "/acknowledge", "{}");
		Response unknown = this.api.post("/api/unified/alerts/987654/acknowledge", "{}");
		Response noNote = this.api.post("/api/unified/alerts/" + id + "/resolve", "{}");

		assertThat(acknowledged.status()).isEqualTo(200);
		assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(acknowledged.json().get("acknowledged_by").asString()).isEqualTo("Sam");
		assertThat(resolved.json().get("state").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.json().get("resolution").asString()).isEqualTo("manual");
		assertThat(resolved.json().get("resolution_note").asString()).isEqualTo("Restarted the database");
		assertThat(resolved.json().get("ended_at").asString()).isEqualTo("2026-03-02T08:00:00-05:00");
		assertThat(resolvedAgain.status()).isEqualTo(409);
		assertThat(resolvedAgain.json().get("type").asString()).isEqualTo("https://bella.io/problems/alert-state");
		assertThat(acknowledgeResolved.status()).isEqualTo(409);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(noNote.status()).isEqualTo(400);
	}

	@Test
	void aSilenceMutesMatchingAlertsUntilItIsDeleted() {
		Response silence = this.api.post("/api/unified/silences", """
				{"component": "api-test-silenced", "ends_at": "2026-03-02T10:00:00-05:00", "comment": "maintenance",
				 "by": "Sam"}""");
		long alert = raise("api-test-silenced", "HIGH", "Expected during maintenance");

		assertThat(silence.status()).isEqualTo(201);
		long silenceId = silence.json().get("id").asLong();
		assertThat(silence.json().get("active").asBoolean()).isTrue();
		assertThat(silence.json().get("ends_at").asString()).isEqualTo("2026-03-02T10:00:00-05:00");
		assertThat(this.api.get("/api/unified/alerts/" + alert).json().get("muted_by").asString())
			.isEqualTo("silence " + silenceId);

		assertThat(this.api.delete("/api/unified/silences/" + silenceId).status()).isEqualTo(204);
		assertThat(this.api.get("/api/unified/alerts/" + alert).json().get("muted_by").isNull()).isTrue();
		assertThat(this.api.get("/api/unified/silences").json()).isEmpty();
		assertThat(this.api.delete("/api/unified/silences/987654").status()).isEqualTo(404);
		assertThat(this.api.post("/api/unified/silences", "{\"ends_at\": \"2026-03-02T10:00:00-05:00\"}").status())
			.isEqualTo(400);
		assertThat(this.api
			.post("/api/unified/silences", "{\"component\": \"x\", \"ends_at\": \"2026-03-02T07:00:00-05:00\"}")
			.status()).isEqualTo(400);
	}

	@Test
	void raisesOfOneConditionFromManyThreadsAtOnceMakeOneAlert() throws Exception {
		Condition condition = new Condition("api-test-race", Map.of("target", "x"), Severity.HIGH, "api-test-race",
				"Raced", null);
		List<Callable<Boolean>> raises = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			raises.add(() -> this.alerting.raise(condition, null).created());
		}

		List<Boolean> created = Together.run(raises);

		assertThat(created).filteredOn((started) -> started).hasSize(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*), MAX(occurrences) FROM alert WHERE rule = 'api-test-race'")
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).containsExactly(1L, 40L);
	}

	@Test
	void ofTwoInstancesEvaluatingAtOnceExactlyOneClaimsTheMinute() throws Exception {
		this.jdbc.sql("DELETE FROM scheduler_lock").update();

		List<Boolean> claimed = Together
			.run(List.of(this.evaluation::evaluateIfClaimed, this.evaluation::evaluateIfClaimed));

		assertThat(claimed).containsExactlyInAnyOrder(true, false);
	}

	private long raise(String component, String severity, String summary) {
		Response response = this.api.post("/api/unified/alerts",
				"{\"severity\": \"%s\", \"component\": \"%s\", \"summary\": \"%s\"}".formatted(severity, component,
						summary));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asLong();
	}

}
