package io.bella.operations.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.BellaIntegrationTest;
import io.bella.FailingDataSource;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.system.InstanceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/unified/status} over HTTP on PostgreSQL: every component with its reason,
 * an unresolved CRITICAL alert making it red, and a database that is down or hangs making
 * it red within the health budget instead of failing the answer.
 */
@BellaIntegrationTest
class StatusIntegrationTests {

	static final String COMPONENT = "status-test";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	FailingDataSource database;

	@Autowired
	InstanceId instance;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		this.jdbc.sql("DELETE FROM alert WHERE component = ?").param(COMPONENT).update();
	}

	@AfterEach
	void databaseBack() {
		this.database.up();
		// a CRITICAL alert left unresolved would make the status red for other classes
		this.jdbc.sql("DELETE FROM alert WHERE component = ?").param(COMPONENT).update();
	}

	@Test
	void statusListsEveryComponentWithItsReasonAndTheInstance() {
		Response response = this.api.get("/api/unified/status");

		assertThat(response.status()).isEqualTo(200);
		JsonNode status = response.json();
		assertThat(status.get("overall").asString()).isIn("green", "yellow", "red");
		assertThat(status.get("instance_id").asString()).isEqualTo(this.instance.value());
		assertThat(status.get("version").asString()).isNotBlank();
		assertThat(status.get("uptime").asString()).startsWith("PT");
		assertThat(status.get("uptime_seconds").asLong()).isPositive();
		Map<String, JsonNode> components = components(status);
		assertThat(components).containsKeys("database", "alerts", "budget", "breaker:llm", "breaker:twilio")
			.doesNotContainKey("redis");
		assertThat(components.get("database").get("status").asString()).isEqualTo("green");
		assertThat(components.get("database").get("reason").asString()).isEqualTo("Takes writes (PostgreSQL).");
		assertThat(components.get("budget").get("reason").asString()).startsWith("March 2026: $");
		assertThat(status.get("components").get(0).get("name").asString()).isEqualTo("database");
	}

	@Test
	void anUnresolvedCriticalAlertMakesTheStatusRed() {
		Response raised = this.api.post("/api/unified/alerts", """
				{"severity": "critical", "component": "%s", "summary": "Nobody answers the front desk"}"""
			.formatted(COMPONENT));
		assertThat(raised.status()).isEqualTo(201);

		JsonNode status = this.api.get("/api/unified/status").json();

		assertThat(status.get("overall").asString()).isEqualTo("red");
		JsonNode alerts = components(status).get("alerts");
		assertThat(alerts.get("status").asString()).isEqualTo("red");
		assertThat(alerts.get("reason").asString()).contains("critical");
	}

	@Test
	void aDatabaseThatRefusesConnectionsIsARedComponentNotAnError() {
		this.database.down();

		Response response = this.api.get("/api/unified/status");

		assertThat(response.status()).isEqualTo(200);
		JsonNode status = response.json();
		assertThat(status.get("overall").asString()).isEqualTo("red");
		Map<String, JsonNode> components = components(status);
		assertThat(components.get("database").get("status").asString()).isEqualTo("red");
		assertThat(components.get("database").get("reason").asString())
			.startsWith("Bella's queries do not go through: the database failed");
		assertThat(components.get("alerts").get("status").asString()).isEqualTo("yellow");
		assertThat(components.get("breaker:llm").get("status").asString()).isNotEqualTo("red");
	}

	@Test
	void aDatabaseThatHangsCostsTheAnswerNoMoreThanTheHealthBudget() {
		this.database.hang();

		long started = System.nanoTime();
		Response response = this.api.get("/api/unified/status");
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(response.status()).isEqualTo(200);
		assertThat(took).isLessThan(Duration.ofMillis(2500));
		Map<String, JsonNode> components = components(response.json());
		assertThat(components.get("database").get("status").asString()).isEqualTo("red");
		assertThat(components.get("database").get("reason").asString()).contains("no answer from the database");
		assertThat(components.get("budget").get("status").asString()).isEqualTo("yellow");
	}

	@Test
	void statusNeedsTheApiKey() {
		assertThat(this.api.get("/api/unified/status", null).status()).isEqualTo(401);
	}

	private static Map<String, JsonNode> components(JsonNode status) {
		Map<String, JsonNode> components = new HashMap<>();
		status.get("components").forEach((component) -> components.put(component.get("name").asString(), component));
		return components;
	}

}
