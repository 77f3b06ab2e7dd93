package io.bella.system;

import java.util.List;
import java.util.Map;

import io.bella.BellaIntegrationTest;
import io.bella.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kubernetes' probes on the main port: {@code /livez} and {@code /readyz} answer without
 * a credential and without details, readiness follows the stores a call needs (and not
 * the remote systems Bella can do without), and an instance refusing traffic is not ready
 * while it stays live.
 */
@BellaIntegrationTest
class ProbesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	HealthEndpointGroups groups;

	@Autowired
	HealthContributorRegistry contributors;

	@AfterEach
	void acceptTrafficAgain() {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void probesAreUpWithoutCredentialsAndShowNoDetails() {
		for (String probe : new String[] { "/livez", "/readyz" }) {
			RawHttp.Response response = RawHttp.get(this.port, probe, Map.of());

			assertThat(response.status()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components", "details", "db", "callSessions");
		}
	}

	@Test
	void readinessIsTheDatabaseAndTheCallSessionsOnly() {
		HealthEndpointGroup readiness = this.groups.get("readiness");
		List<String> names = this.contributors.stream().map(HealthContributors.Entry::name).toList();

		assertThat(names).contains("db", "callSessions", "readinessState");
		assertThat(names.stream().filter(readiness::isMember)).containsExactlyInAnyOrder("readinessState", "db",
				"callSessions");
		assertThat(names.stream().filter(this.groups.get("liveness")::isMember)).containsExactly("livenessState");
	}

	@Test
	void anInstanceRefusingTrafficIsNotReadyButStaysLive() {
		AvailabilityChangeEvent.publish(this.context, ReadinessState.REFUSING_TRAFFIC);

		RawHttp.Response ready = RawHttp.get(this.port, "/readyz", Map.of());
		assertThat(ready.status()).isEqualTo(503);
		assertThat(ready.body()).contains("\"status\":\"OUT_OF_SERVICE\"").doesNotContain("components");
		assertThat(RawHttp.get(this.port, "/livez", Map.of()).status()).isEqualTo(200);
		assertThat(RawHttp.get(this.port, "/healthz", Map.of()).status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livez/", "/readyz/db", "/readyz/callSessions", "/livez.json", "/readyzz" })
	void onlyTheExactProbePathsAreOpen(String path) {
		assertThat(RawHttp.get(this.port, path, Map.of()).status()).as(path).isEqualTo(401);
	}

}
