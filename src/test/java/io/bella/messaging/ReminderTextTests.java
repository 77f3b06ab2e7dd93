package io.bella.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReminderTextTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	// Wednesday 30 September 2026, 12:30 PM: the longest weekday, date and time
	static final Instant LONGEST_WHEN = Instant.parse("2026-09-30T16:30:00Z");

	static final Instant TUESDAY_9AM = Instant.parse("2026-03-03T14:00:00Z");

	// a keyword carriers act on, asked for as a reply
	static final Pattern KEYWORD_AS_REPLY = Pattern
		.compile("(?i)\\b(reply|text|send|respond)\\b[^.;]*\\b(stop|cancel|yes|start|end|unsubscribe)\\b");

	@Test
	void realisticReminderNamesEverythingInOneGsmSegment() {
		String text = ReminderText.write("Maple Dental Centre", "Dr. Marc Tremblay", TUESDAY_9AM, TORONTO);

		assertThat(text).isEqualTo("Maple Dental Centre: reminder of your visit with Dr. Marc Tremblay on "
				+ "Tue Mar 3 at 9:00 AM. Reply C to confirm or R to reschedule; call us to cancel");
		assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments.Count(1, false));
	}

	@Test
	void longestDateStillFitsWithRealisticNames() {
		String text = ReminderText.write("Maple Dental Centre", "Dr. Marc Tremblay", LONGEST_WHEN, TORONTO);

		assertThat(text).contains("with Dr. Marc Tremblay on Wed Sep 30 at 12:30 PM. ");
		assertThat(ReminderText.oneGsmSegment(text)).isTrue();
	}

	@Test
	void longProviderNameLosesItsTitleFirst() {
		String text = ReminderText.write("Maple Dental Centre", "Dr. Alexandra Konstantinidou", LONGEST_WHEN, TORONTO);

		assertThat(text).contains("with Alexandra Konstantinidou on Wed Sep 30 at 12:30 PM.");
		assertThat(ReminderText.oneGsmSegment(text)).isTrue();
	}

	@Test
	void longClinicNameDropsTheProviderButKeepsTheClinicAndTime() {
		String text = ReminderText.write("Greater Toronto Family Dental and Orthodontic Centre", "Dr. Marc Tremblay",
				LONGEST_WHEN, TORONTO);

		assertThat(text).isEqualTo("Greater Toronto Family Dental and Orthodontic Centre: reminder of your visit on "
				+ "Wed Sep 30 at 12:30 PM. Reply C to confirm or R to reschedule; call us to cancel");
		assertThat(ReminderText.oneGsmSegment(text)).isTrue();
	}

	@Test
	void accentsOutsideTheGsmAlphabetAreWrittenPlainAndThoseInItKept() {
		String text = ReminderText.write("Clinique dentaire Côté", "Dre Zoë Lefèvre", TUESDAY_9AM, TORONTO);

		assertThat(text).startsWith("Clinique dentaire Coté: reminder of your visit with Dre Zoe Lefèvre on ");
		assertThat(SmsSegments.of(text)).isEqualTo(new SmsSegments.Count(1, false));
	}

	@Test
	void typographicApostropheIsStraightened() {
		String text = ReminderText.write("O\u2019Brien Dental", "Dr. Siobhán O\u2019Neill", TUESDAY_9AM, TORONTO);

		assertThat(text).startsWith("O'Brien Dental: reminder of your visit with Dr. Siobhan O'Neill on ");
		assertThat(ReminderText.oneGsmSegment(text)).isTrue();
	}

	@Test
	void providerNameWithoutAGsmFormIsLeftOutRatherThanSentAsUnicode() {
		String text = ReminderText.write("Maple Dental Centre", "陈医生", TUESDAY_9AM, TORONTO);

		assertThat(text).isEqualTo("Maple Dental Centre: reminder of your visit on Tue Mar 3 at 9:00 AM. "
				+ "Reply C to confirm or R to reschedule; call us to cancel");
		assertThat(ReminderText.oneGsmSegment(text)).isTrue();
	}

	@Test
	void clinicNameWithoutAGsmFormIsKeptInUnicode() {
		String text = ReminderText.write("陈氏牙科诊所", "Dr. Marc Tremblay", TUESDAY_9AM, TORONTO);

		assertThat(text).startsWith("陈氏牙科诊所: reminder of your visit with Dr. Marc Tremblay on Tue Mar 3");
		assertThat(SmsSegments.of(text).unicode()).isTrue();
	}

	@Test
	void everyTextEndsWithTheReplyWordsAndAsksForNoCarrierKeyword() {
		List<String> texts = List.of(ReminderText.write("Maple Dental Centre", "Dr. Sarah Ng", TUESDAY_9AM, TORONTO),
				ReminderText.write("Stop & Go Dental", "Dr. Yes End", LONGEST_WHEN, TORONTO),
				ReminderText.write("A Very Long Clinic Name That Leaves No Room For Anything Else At All Really",
						"Dr. Start", LONGEST_WHEN, TORONTO));

		assertThat(texts).allSatisfy((text) -> {
			assertThat(text).endsWith("Reply C to confirm or R to reschedule; call us to cancel");
			assertThat(KEYWORD_AS_REPLY.matcher(text).find()).as(text).isFalse();
		});
		assertThat(KEYWORD_AS_REPLY.matcher("Reply STOP to opt out").find()).isTrue();
	}

	@Test
	void titleIsAFirstWordEndingInAPeriod() {
		assertThat(ReminderText.withoutTitle("Dr. Sarah Ng")).isEqualTo("Sarah Ng");
		assertThat(ReminderText.withoutTitle("Mrs. Jo Li")).isEqualTo("Jo Li");
		assertThat(ReminderText.withoutTitle("Sarah Ng")).isEqualTo("Sarah Ng");
		assertThat(ReminderText.withoutTitle("Ng")).isEqualTo("Ng");
	}

}
