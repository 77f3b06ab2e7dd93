package io.bella.voice;

import java.time.Duration;

import io.bella.ApiClient;
import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.TestClockConfiguration;
import io.bella.operations.alerts.RuleEvaluation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operations' view of the call sessions' Redis, cut and restored under a running Bella
 * through the relay: the {@code redis} status component turns red, the {@code redis-down}
 * rule fires a CRITICAL alert, and both clear once Redis answers again.
 */
@RedisIntegrationTest
class RedisStatusIntegrationTests {

	private final TcpRelay relay = RelayedRedis.relay();

	@LocalServerPort
	int port;

	@Autowired
	RuleEvaluation evaluation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	ApiClient api;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient(this.port, BellaIntegrationTest.API_KEY);
		this.clock.set(TestClockConfiguration.MONDAY_8AM_TORONTO);
		this.jdbc.sql("DELETE FROM alert WHERE rule = 'redis-down'").update();
	}

	@AfterEach
	void redisBack() {
		this.relay.restore();
	}

	@Test
	void redisCutIsARedComponentAndACriticalAlertThatResolveWhenItIsBack() {
		await().atMost(Duration.ofSeconds(30)).until(() -> "green".equals(redis().get("status").asString()));

		this.relay.cut();
		await().atMost(Duration.ofSeconds(10)).until(() -> "red".equals(redis().get("status").asString()));
		assertThat(this.api.get("/api/unified/status").json().get("overall").asString()).isEqualTo("red");
		this.evaluation.evaluateAll();
		assertThat(redisDownAlerts("FIRING")).isEqualTo(1);

		this.relay.restore();
		await().atMost(Duration.ofSeconds(10)).until(() -> "green".equals(redis().get("status").asString()));
		this.evaluation.evaluateAll();
		assertThat(redisDownAlerts("FIRING")).isZero();
		assertThat(redisDownAlerts("RESOLVED")).isEqualTo(1);
	}

	private JsonNode redis() {
		for (JsonNode component : this.api.get("/api/unified/status").json().get("components")) {
			if (component.get("name").asString().equals("redis")) {
				return component;
			}
		}
		throw new AssertionError("no redis component");
	}

	private long redisDownAlerts(String state) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM alert WHERE rule = 'redis-down' AND severity = 'CRITICAL' "
					+ "AND component = 'redis' AND state = ?")
			.param(state)
			.query(Long.class)
			.single();
	}

}
