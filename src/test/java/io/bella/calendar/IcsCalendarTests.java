package io.bella.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's text as a subscribing calendar reads it, with ical4j and against RFC 5545.
 */
class IcsCalendarTests {

	static final Instant NOW = Instant.parse("2026-03-02T13:00:00Z");

	@Test
	void aFeedIsAPublishedCalendarThatAnotherParserReads() {
		IcsCalendar.Event event = new IcsCalendar.Event(123, "Cleaning", Instant.parse("2026-03-03T15:00:00Z"),
				Instant.parse("2026-03-03T16:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"),
				Instant.parse("2026-03-01T10:05:00Z"));

		Calendar calendar = Rfc5545
			.read(IcsCalendar.write("Bella: Dr. Sarah Ng", List.of(event), "bella.example.com", NOW)
				.getBytes(StandardCharsets.UTF_8));

		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
		assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).isEqualTo(IcsCalendar.PRODUCT_ID);
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Bella: Dr. Sarah Ng");
		VEvent read = Rfc5545.events(calendar).get(0);
		assertThat(Rfc5545.value(read, "UID")).isEqualTo("appointment-123@bella.example.com");
		assertThat(Rfc5545.value(read, "DTSTART")).isEqualTo("20260303T150000Z");
		assertThat(Rfc5545.value(read, "DTEND")).isEqualTo("20260303T160000Z");
		assertThat(Rfc5545.value(read, "DTSTAMP")).isEqualTo("20260302T130000Z");
		assertThat(Rfc5545.value(read, "SUMMARY")).isEqualTo("Cleaning");
		assertThat(Rfc5545.value(read, "DESCRIPTION")).isEqualTo("Bella appointment #123");
		assertThat(Rfc5545.value(read, "LAST-MODIFIED")).isEqualTo("20260301T100500Z");
		assertThat(Rfc5545.value(read, "SEQUENCE")).isEqualTo("300");
	}

	@Test
	void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
		String name = "Bella: Dr. Zoë Łukasiewicz-Øverås, orthodontics and paediatric dentistry — 北京診所";
		IcsCalendar.Event event = new IcsCalendar.Event(7, "Consultation – " + "é".repeat(80), NOW.plusSeconds(3600),
				NOW.plusSeconds(7200), NOW, NOW);

		String text = IcsCalendar.write(name, List.of(event), "bella.example.com", NOW);

		Calendar calendar = Rfc5545.read(text.getBytes(StandardCharsets.UTF_8));
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo(name);
		assertThat(Rfc5545.value(Rfc5545.events(calendar).get(0), "SUMMARY"))
			.isEqualTo("Consultation – " + "é".repeat(80));
	}

	@Test
	void foldingLeavesShortLinesAndCountsTheLeadingSpace() {
		assertThat(IcsCalendar.fold("A:short\r\n")).isEqualTo("A:short\r\n");
		String folded = IcsCalendar.fold("X:" + "a".repeat(150) + "\r\n");

		assertThat(folded.split("\r\n")).extracting(String::length).containsExactly(75, 75, 4);
		assertThat(folded.replace("\r\n ", "")).isEqualTo("X:" + "a".repeat(150) + "\r\n");
	}

	@Test
	void anEmptyFeedIsStillAValidCalendar() {
		Calendar calendar = Rfc5545.read(
				IcsCalendar.write("Bella: Dr. New", List.of(), "bella.invalid", NOW).getBytes(StandardCharsets.UTF_8));

		assertThat(Rfc5545.events(calendar)).isEmpty();
	}

}
