package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import io.bella.extraction.Expectation;
import io.bella.extraction.Intent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CallSessionTests {

	private final JsonMapper json = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	@Test
	void roundTripsThroughJsonWithAllDialogueState() {
		CallSession session = new CallSession("CA1", "+14165550123", "+14165550100",
				Instant.parse("2026-03-09T14:00:00Z"));
		session.setTurn(3);
		session.conversation(
				Conversation.START.asked(DialogueStage.OFFER, "Which one works best for you?", Expectation.TIME));
		session.request(Request.NONE.withIntent(Intent.BOOK).withAppointmentType(2L).withProvider(1L));
		session.when(new When(LocalDate.parse("2026-03-10"), LocalTime.of(10, 0), LocalTime.of(8, 0), null, null,
				LocalDate.parse("2026-03-15"),
				new When.Limits(Set.of(DayOfWeek.MONDAY), Set.of(LocalDate.parse("2026-03-11")), 2L, true)));
		CallSession.SlotOption offered = new CallSession.SlotOption(1, Instant.parse("2026-03-10T14:00:00Z"),
				Instant.parse("2026-03-10T15:00:00Z"));
		session.offer(Offer.of(List.of(offered)).refusing(List.of(offered)).choose(offered, true));
		session.identity(CallerIdentity.UNKNOWN.withLookedUp(true));
		session.existing(ExistingAppointments.NONE.withOptions(List.of(new CallSession.AppointmentOption(7, 1, null,
				Instant.parse("2026-03-12T14:00:00Z"), Instant.parse("2026-03-12T14:30:00Z")))));
		session.setOutcome(CallOutcome.BOOKED);
		session.setAppointmentId(42L);

		String text = this.json.writeValueAsString(session);
		CallSession copy = this.json.readValue(text, CallSession.class);

		assertThat(copy).usingRecursiveComparison().isEqualTo(session);
		assertThat(text).contains("\"call_sid\":\"CA1\"", "\"stage\":\"OFFER\"");
	}

	@Test
	void aSessionWrittenBeforeLimitsAndRefusalsReadsWithNone() {
		CallSession session = new CallSession("CA2", "+14165550123", "+14165550100",
				Instant.parse("2026-03-09T14:00:00Z"));
		session.when(When.ANY.onDate(LocalDate.parse("2026-03-10")));
		String text = this.json.writeValueAsString(session)
			.replaceAll(",?\"limits\":\\{[^}]*\\}", "")
			.replaceAll(",?\"refused\":\\[[^]]*\\]", "");

		CallSession copy = this.json.readValue(text, CallSession.class);

		assertThat(text).doesNotContain("limits", "refused");
		assertThat(copy.when().limits()).isEqualTo(When.Limits.NONE);
		assertThat(copy.when().date()).isEqualTo(LocalDate.parse("2026-03-10"));
		assertThat(copy.offer().refused()).isEmpty();
	}

}
