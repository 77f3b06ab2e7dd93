package io.bella.operations.rules;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import io.bella.operations.H2Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event publication backlog rule on Spring Modulith's own H2 schema.
 */
class EventBacklogRuleTests {

	static final Instant NINE = Instant.parse("2026-03-02T14:00:00Z");

	JdbcClient jdbc;

	EventBacklogRule rule;

	@BeforeEach
	void setUp() throws Exception {
		DataSource dataSource = H2Database.migrated();
		this.jdbc = JdbcClient.create(dataSource);
		String schema = StreamUtils
			.copyToString(new ClassPathResource("org/springframework/modulith/events/jdbc/schemas/v2/schema-h2.sql")
				.getInputStream(), StandardCharsets.UTF_8);
		for (String statement : schema.split(";")) {
			if (!statement.isBlank()) {
				this.jdbc.sql(statement).update();
			}
		}
		this.rule = new EventBacklogRule(this.jdbc, new RuleProperties(Duration.ofMinutes(15), Duration.ofSeconds(30)));
	}

	@Test
	void publicationsIncompleteForMoreThanFifteenMinutesAreABacklogAndCompletedOnesAreNot() {
		publish("io.bella.messaging.SmsConfirmations.on(io.bella.booking.AppointmentBooked)", Duration.ofMinutes(16),
				false);
		publish("io.bella.messaging.SmsConfirmations.on(io.bella.booking.AppointmentBooked)", Duration.ofMinutes(20),
				false);
		publish("io.bella.messaging.Voicemails.on(io.bella.messaging.VoicemailRecorded)", Duration.ofMinutes(14),
				false);
		publish("io.bella.messaging.Voicemails.on(io.bella.messaging.VoicemailRecorded)", Duration.ofHours(2), true);

		assertThat(this.rule.evaluate(NINE)).singleElement().satisfies((condition) -> {
			assertThat(condition.fingerprint()).isEqualTo("event-publication-backlog{}");
			assertThat(condition.summary()).isEqualTo("2 event publications incomplete for more than 15 min");
			assertThat(condition.details()).contains("SmsConfirmations.on(AppointmentBooked) (2)")
				.contains(NINE.minus(Duration.ofMinutes(20)).toString());
		});
		assertThat(this.rule.evaluate(NINE.minus(Duration.ofMinutes(5)))).isEmpty();
	}

	private void publish(String listener, Duration age, boolean completed) {
		Instant at = NINE.minus(age);
		this.jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
				                               completion_date)
				VALUES (?, ?, 'io.bella.booking.AppointmentBooked', '{}', ?, ?)""")
			.params(UUID.randomUUID(), listener, at.atOffset(ZoneOffset.UTC),
					completed ? at.plusSeconds(1).atOffset(ZoneOffset.UTC) : null)
			.update();
	}

}
