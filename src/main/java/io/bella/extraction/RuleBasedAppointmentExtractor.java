package io.bella.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * Understands phone-line speech with hand-written rules: no keys, no network,
 * deterministic and thread-safe. The conventions it follows are in docs/extraction.md.
 */
public class RuleBasedAppointmentExtractor implements AppointmentExtractor {

	private static final ZoneId DEFAULT_ZONE = ZoneId.of("America/Toronto");

	/**
	 * The appointment types of the vocabulary last read by, indexed: a clinic's
	 * vocabulary changes rarely, so it is indexed once, not on every utterance.
	 */
	private volatile ServiceReader services = ServiceReader.of(ClinicVocabulary.builtIn().services());

	@Override
	public Extraction extract(ExtractionRequest request) {
		try {
			return read(request);
		}
		catch (RuntimeException ex) {
			// the contract is never to throw; a reading that failed is a reading of
			// nothing
			String text = (request != null && request.text() != null) ? request.text() : "";
			return new Extraction(Intent.UNKNOWN, null, null, null, null, null, null, null, null, null, 0.0,
					text.strip().toLowerCase(Locale.ROOT));
		}
	}

	private Extraction read(ExtractionRequest request) {
		ZoneId zone = (request.zone() != null) ? request.zone() : DEFAULT_ZONE;
		Instant reference = (request.referenceTime() != null) ? request.referenceTime() : Instant.now();
		LocalDate today = LocalDate.ofInstant(reference, zone);
		Expectation expect = request.expect();
		Transcript t = Transcript.of(request.text());
		long phrases = IntentReader.INDEX.match(t, 0);
		Reading r = new Reading();

		PhoneReader.read(t, r);
		WhenReader.read(t, today, expect, r);
		String service = services(request.vocabulary()).read(t);
		Intent intent = IntentReader.read(t, phrases, expect, r.saidWhen(), service != null);
		String name = NameReader.read(t, expect, request.vocabulary().clinicNameWords());

		int pivot = (intent == Intent.RESCHEDULE) ? pivot(t, r) : -1;
		LastMentions last = LastMentions.of(r, pivot);
		LocalTime time = last.time();
		Extraction.TimeWindow window = null;
		if ((r.windowAt >= pivot || r.windowAt == -1) && (r.windowFrom != null || r.windowTo != null)) {
			window = new Extraction.TimeWindow(r.windowFrom, r.windowTo);
		}
		if (intent == Intent.RESCHEDULE && r.windowFromTo && time == null && r.windowTo != null) {
			// "move it from 3 to 4", "move my eleven o'clock to nine": the new time, not
			// a
			// window
			time = (r.windowToAlone != null) ? r.windowToAlone : r.windowTo;
			window = null;
		}
		if (time != null && window != null && !r.explicitWindow) {
			window = null;
		}
		LocalDate date = last.date();
		if (intent == Intent.RESCHEDULE && r.rangeFromTo && date == null) {
			// "move it from Tuesday to Thursday": the new day, not a range
			date = r.rangeToAlone;
		}
		Extraction.DateRange range = (r.rangeFrom != null && date == null)
				? new Extraction.DateRange(r.rangeFrom, r.rangeTo) : null;
		ZonedDateTime startsAt = (date != null && time != null) ? ZonedDateTime.of(date, time, zone) : null;
		// a time in the spring-forward hour does not exist: the zone moves it
		boolean gap = startsAt != null && !startsAt.toLocalDateTime().equals(LocalDateTime.of(date, time));

		Extraction reading = new Extraction(intent, date, time, (startsAt != null) ? startsAt.toOffsetDateTime() : null,
				window, range, r.durationMin, name, r.phone, service, 0.0, t.normalized());
		return withConfidence(reading, confidence(t, r, expect, reading, last, gap));
	}

	private static Extraction withConfidence(Extraction e, double confidence) {
		return new Extraction(e.intent(), e.date(), e.time(), e.startsAt(), e.timeWindow(), e.dateRange(),
				e.durationMin(), e.name(), e.phone(), e.service(), confidence, e.normalizedText());
	}

	private ServiceReader services(ClinicVocabulary vocabulary) {
		ServiceReader current = this.services;
		if (!current.reads(vocabulary.services())) {
			current = ServiceReader.of(vocabulary.services());
			this.services = current;
		}
		return current;
	}

	/**
	 * In "move my Tuesday appointment to Thursday", what comes after "to" is the new
	 * time.
	 */
	private static int pivot(Transcript t, Reading r) {
		int best = -1;
		for (int i = 0; i < t.size; i++) {
			String w = t.words[i];
			if (w.equals("to") || w.equals("till") || w.equals("until") || w.equals("for") && i > 0) {
				boolean before = false;
				boolean after = false;
				for (int k = 0; k < r.dateCount; k++) {
					before |= r.dateAt[k] < i;
					after |= r.dateAt[k] > i;
				}
				for (int k = 0; k < r.timeCount; k++) {
					before |= r.timeAt[k] >= 0 && r.timeAt[k] < i;
					after |= r.timeAt[k] > i;
				}
				if (before && after && !t.used[i]) {
					best = i;
				}
			}
		}
		return best;
	}

	private static double confidence(Transcript t, Reading r, Expectation expect, Extraction e, LastMentions last,
			boolean gap) {
		if (t.size == 0) {
			return 0.0;
		}
		boolean anything = e.intent() != Intent.UNKNOWN || e.date() != null || e.time() != null
				|| e.timeWindow() != null || e.dateRange() != null || e.durationMin() != null || e.name() != null
				|| e.phone() != null || e.service() != null;
		if (!anything) {
			return 0.2;
		}
		double c = 0.95;
		if (e.intent() == Intent.UNKNOWN && expect == null) {
			c -= 0.1;
		}
		if (last.timeGuessed()) {
			c -= 0.05;
		}
		if (last.conflicts() > 0) {
			c -= 0.15;
		}
		if (r.weekdayMismatch) {
			c -= 0.3;
		}
		if (r.invalidPhone) {
			c -= 0.4;
		}
		if (gap) {
			c -= 0.2;
		}
		int leftover = 0;
		for (int i = 0; i < t.size; i++) {
			if (!t.used[i] && Character.isDigit(t.words[i].charAt(0))) {
				leftover++;
			}
		}
		if (leftover > 0) {
			c -= 0.2;
		}
		if (expect != null) {
			Intent intent = e.intent();
			boolean answered = switch (expect) {
				case NAME -> e.name() != null;
				case PHONE -> e.phone() != null;
				case DATE -> e.date() != null || e.dateRange() != null;
				case TIME -> e.time() != null || e.timeWindow() != null;
				case CONFIRMATION -> intent == Intent.CONFIRM || intent == Intent.DENY || intent == Intent.HUMAN
						|| intent == Intent.CANCEL || intent == Intent.RESCHEDULE;
			};
			if (!answered) {
				c -= 0.4;
			}
		}
		return Math.max(0.0, Math.min(1.0, Math.round(c * 100) / 100.0));
	}

	/**
	 * The date and time that win: the last said after the pivot, with how many others
	 * were said and whether the time's am or pm was guessed.
	 */
	private record LastMentions(LocalDate date, LocalTime time, boolean timeGuessed, int conflicts) {

		static LastMentions of(Reading r, int pivot) {
			LocalDate date = null;
			int conflicts = 0;
			for (int k = 0; k < r.dateCount; k++) {
				if (r.dateAt[k] >= pivot && !r.dateAlternative[k]) {
					if (date != null && !date.equals(r.dates[k])) {
						conflicts++;
					}
					date = r.dates[k];
				}
			}
			LocalTime time = null;
			boolean timeGuessed = false;
			for (int k = 0; k < r.timeCount; k++) {
				if (r.timeAt[k] >= pivot) {
					if (time != null && !time.equals(r.times[k])) {
						conflicts++;
					}
					time = r.times[k];
					timeGuessed = r.timeGuessed[k];
				}
			}
			return new LastMentions(date, time, timeGuessed, conflicts);
		}

	}

}
