package io.bella.voice;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.bella.BellaIntegrationTest;
import io.bella.MutableClock;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.CallSimulator.Transcript;
import io.bella.simulator.Caller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's simulator script ({@code bench/simulate-call.sh --from anonymous --script
 * …}) played twice over the signed voice webhooks: the caller is one patient with one
 * appointment, and the second call hears they already have it.
 */
@BellaIntegrationTest
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
class RepeatedCallIntegrationTests {

	/** What the caller says in the README's example, line by line. */
	static final List<String> README_SCRIPT = List.of("I'd like a cleaning next Tuesday at 10 am, my name is Emily Roy",
			"yes", "4165550123", "yes", "no thanks");

	static final Instant MONDAY_10_AM = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, ZoneId.of("America/Toronto"))
		.toInstant();

	private final int port;

	private final JdbcClient jdbc;

	private final MutableClock clock;

	RepeatedCallIntegrationTests(@LocalServerPort int port, JdbcClient jdbc, MutableClock clock) {
		this.port = port;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@BeforeEach
	void reset() {
		this.clock.set(MONDAY_10_AM);
		this.jdbc.sql("DELETE FROM call_turn").update();
		this.jdbc.sql("DELETE FROM call_record").update();
		this.jdbc.sql("DELETE FROM appointment").update();
		this.jdbc.sql("DELETE FROM patient").update();
	}

	@Test
	void theReadmeScriptTwiceBooksOnceAndTheSecondCallerHearsTheyAlreadyHaveIt() {
		CallSimulator simulator = new CallSimulator(URI.create("http://localhost:" + this.port),
				BellaIntegrationTest.TWILIO_AUTH_TOKEN, new PrintStream(System.out, true, StandardCharsets.UTF_8));

		Transcript first = simulator.call("anonymous", VoiceWebhookIntegrationTests.CLINIC,
				Caller.scripted(README_SCRIPT));
		Transcript second = simulator.call("anonymous", VoiceWebhookIntegrationTests.CLINIC,
				Caller.scripted(README_SCRIPT));

		assertThat(first.allSaid()).contains("You're all set for Tuesday, March 17th at 10 a.m. with Dr. Ng");
		assertThat(second.allSaid())
			.contains("You already have an appointment then: your cleaning on Tuesday, March 17th at 10 a.m. "
					+ "with Dr. Ng. Would you like to move it?")
			.contains("Okay, I'll leave it as it is.")
			.doesNotContain("You're all set");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM patient WHERE phone = '+14165550123'")
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM appointment").query(Integer.class).single()).isOne();
		assertThat(this.jdbc.sql("SELECT status FROM appointment").query(String.class).single()).isEqualTo("booked");
	}

}
