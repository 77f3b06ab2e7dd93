package io.bella.extraction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A stand-in for the rule engine that knows a handful of phrases, so that these tests
 * check how the language model's answer is resolved and merged, whatever the rule engine
 * does with real speech. Records the phrases it was asked about.
 */
class PhraseRules implements AppointmentExtractor {

	final java.util.List<ExtractionRequest> asked = new java.util.concurrent.CopyOnWriteArrayList<>();

	private final Extraction wholeUtterance;

	PhraseRules(Extraction wholeUtterance) {
		this.wholeUtterance = wholeUtterance;
	}

	static Extraction reading(Intent intent, double confidence) {
		return new Extraction(intent, null, null, null, null, null, null, null, null, null, confidence,
				"normalized by the rules");
	}

	@Override
	public Extraction extract(ExtractionRequest request) {
		this.asked.add(request);
		LocalDate today = ZonedDateTime.ofInstant(request.referenceTime(), request.zone()).toLocalDate();
		Extraction empty = reading(Intent.UNKNOWN, 0.2);
		return switch (request.text().toLowerCase(Locale.ROOT)) {
			case "tomorrow" -> with(empty, today.plusDays(1), null, null, null);
			case "2 pm" -> with(empty, null, LocalTime.of(14, 0), null, null);
			case "half an hour" -> with(empty, null, null, 30, null);
			case "toothache" -> with(empty, null, null, null, "emergency");
			case "the thirty-second of never" -> empty;
			default -> this.wholeUtterance;
		};
	}

	private static Extraction with(Extraction e, LocalDate date, LocalTime time, Integer duration, String service) {
		return new Extraction(e.intent(), date, time, null, null, null, duration, null, null, service, e.confidence(),
				e.normalizedText());
	}

}
