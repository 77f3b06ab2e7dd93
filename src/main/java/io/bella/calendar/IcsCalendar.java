package io.bella.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Method;

/**
 * Writes a feed as iCalendar text (RFC 5545) with biweekly: a published calendar of
 * events in UTC, each with a UID that stays the same for as long as the appointment
 * exists, so that a subscribed calendar updates its events instead of adding new ones.
 */
final class IcsCalendar {

	static final String PRODUCT_ID = "-//Bella//Appointment feed//EN";

	/** RFC 5545, 3.1: no line longer than this many octets, without its CRLF. */
	static final int LINE_OCTETS = 75;

	private static final String CRLF = "\r\n";

	/** How often a subscribed calendar should fetch the feed again. */
	private static final Duration REFRESH = Duration.ofMinutes(15);

	private IcsCalendar() {
	}

	/**
	 * The calendar's text, with CRLF line ends and lines folded at {@value #LINE_OCTETS}
	 * octets.
	 * @param name what calendars call the feed
	 * @param events what it lists
	 * @param uidDomain the domain that makes the events' UIDs unique
	 * @param now when the feed is written: every event's DTSTAMP
	 */
	static String write(String name, List<Event> events, String uidDomain, Instant now) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId(PRODUCT_ID);
		calendar.setMethod(Method.publish());
		calendar.setName(name);
		calendar.setExperimentalProperty("X-WR-CALNAME", name);
		calendar.setRefreshInterval(biweekly.util.Duration.fromMillis(REFRESH.toMillis()));
		calendar.setExperimentalProperty("X-PUBLISHED-TTL", REFRESH.toString());
		for (Event event : events) {
			calendar.addEvent(event(event, uidDomain, now));
		}
		StringWriter text = new StringWriter();
		try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
			// biweekly folds at 75 characters; RFC 5545 counts octets, which fold() does
			writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
			writer.write(calendar);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fold(text.toString());
	}

	private static VEvent event(Event event, String uidDomain, Instant now) {
		VEvent vevent = new VEvent();
		vevent.setUid("appointment-" + event.appointmentId() + "@" + uidDomain);
		vevent.setDateTimeStamp(Date.from(now));
		vevent.setDateStart(Date.from(event.startsAt()), true);
		vevent.setDateEnd(Date.from(event.endsAt()), true);
		vevent.setSummary(event.summary());
		vevent.setDescription("Bella appointment #" + event.appointmentId());
		vevent.setLastModified(Date.from(event.updatedAt()));
		// a new SEQUENCE with every change; seconds since it was made fit RFC 5545's
		// 32-bit integer for 68 years
		long changed = Duration.between(event.createdAt(), event.updatedAt()).toSeconds();
		vevent.setSequence((int) Math.max(0, Math.min(changed, Integer.MAX_VALUE)));
		return vevent;
	}

	/**
	 * Folds every line longer than {@value #LINE_OCTETS} octets of UTF-8 (RFC 5545, 3.1):
	 * the rest goes on to the next line after a space, never splitting a character.
	 */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length() + text.length() / 64);
		for (String line : text.split(CRLF)) {
			int octets = 0;
			int index = 0;
			while (index < line.length()) {
				int codePoint = line.codePointAt(index);
				String character = Character.toString(codePoint);
				int size = character.getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > LINE_OCTETS) {
					folded.append(CRLF).append(' ');
					octets = 1;
				}
				folded.append(character);
				octets += size;
				index += Character.charCount(codePoint);
			}
			folded.append(CRLF);
		}
		return folded.toString();
	}

	/**
	 * An appointment as the feed shows it.
	 *
	 * @param appointmentId Bella's reference
	 * @param summary what the event is called: the appointment's type, and the patient's
	 * first name only where the clinic asked for it
	 * @param startsAt when it starts
	 * @param endsAt when it ends
	 * @param createdAt when it was booked
	 * @param updatedAt when it last changed
	 */
	record Event(long appointmentId, String summary, Instant startsAt, Instant endsAt, Instant createdAt,
			Instant updatedAt) {
	}

}
