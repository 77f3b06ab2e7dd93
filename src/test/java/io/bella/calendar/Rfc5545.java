package io.bella.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads a feed the way a subscribing calendar would, with a parser that is not the one
 * that wrote it (ical4j), and checks it against RFC 5545's own rules: CRLF line ends,
 * lines of at most 75 octets, VERSION and PRODID on the calendar, and UID, DTSTAMP and
 * DTSTART exactly once on each event.
 */
final class Rfc5545 {

	private Rfc5545() {
	}

	/**
	 * The feed as ical4j reads it, after checking the RFC's rules on its octets.
	 */
	static Calendar read(byte[] octets) {
		String text = new String(octets, StandardCharsets.UTF_8);
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).as("no line ends but CRLF").doesNotContain("\r", "\n");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		List<String> lines = unfolded(text);
		assertThat(count(lines, 0, lines.size(), "BEGIN:VCALENDAR")).isEqualTo(1);
		List<String> calendarLevel = calendarLevel(lines);
		assertThat(calendarLevel).contains("VERSION:2.0");
		assertThat(calendarLevel).anyMatch((line) -> line.startsWith("PRODID:") && line.length() > 7);
		for (int begin = lines.indexOf("BEGIN:VEVENT"); begin >= 0; begin = next(lines, begin + 1)) {
			int end = lines.subList(begin, lines.size()).indexOf("END:VEVENT") + begin;
			for (String property : new String[] { "UID", "DTSTAMP", "DTSTART" }) {
				assertThat(count(lines, begin, end, property)).as(property + " of " + lines.subList(begin, end))
					.isEqualTo(1);
			}
		}
		return parse(text);
	}

	static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents("VEVENT");
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).map((found) -> found.getValue()).orElse(null);
	}

	private static Calendar parse(String text) {
		try {
			return new CalendarBuilder().build(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParserException ex) {
			throw new AssertionError("ical4j cannot read the feed: " + ex.getMessage(), ex);
		}
	}

	/** The content lines, with folded lines joined again (RFC 5545, 3.1). */
	private static List<String> unfolded(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\r\n")) {
			if (line.startsWith(" ") || line.startsWith("\t")) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + line.substring(1));
			}
			else {
				lines.add(line);
			}
		}
		return lines;
	}

	/** The calendar's own properties: the lines outside every component in it. */
	private static List<String> calendarLevel(List<String> lines) {
		List<String> own = new ArrayList<>();
		int depth = 0;
		for (String line : lines) {
			if (line.startsWith("BEGIN:")) {
				depth++;
			}
			else if (line.startsWith("END:")) {
				depth--;
			}
			else if (depth == 1) {
				own.add(line);
			}
		}
		return own;
	}

	private static int next(List<String> lines, int from) {
		int found = lines.subList(from, lines.size()).indexOf("BEGIN:VEVENT");
		return (found < 0) ? -1 : found + from;
	}

	private static long count(List<String> lines, int from, int to, String name) {
		return lines.subList(from, to)
			.stream()
			.filter((line) -> Arrays.asList(name + ":", name + ";").stream().anyMatch(line::startsWith)
					|| line.equals(name))
			.count();
	}

}
