package io.bella.extraction;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.util.StringUtils;

/**
 * Reads an utterance with the rules and asks the language model only when the rules are
 * unsure: a confidence below the threshold, nothing understood at all, or no answer to
 * what the dialogue just asked. What the rules found stands; the model fills the gaps.
 * Never throws.
 */
public class HybridAppointmentExtractor implements AppointmentExtractor, AutoCloseable {

	private final AppointmentExtractor rules;

	private final LlmAppointmentExtractor model;

	private final double threshold;

	/**
	 * Create an extractor.
	 * @param rules the rule engine, asked first
	 * @param model the language model, asked when the rules are unsure
	 * @param threshold a rule reading below this confidence is unsure
	 */
	public HybridAppointmentExtractor(AppointmentExtractor rules, LlmAppointmentExtractor model, double threshold) {
		this.rules = rules;
		this.model = model;
		this.threshold = threshold;
	}

	@Override
	public Extraction extract(ExtractionRequest request) {
		Extraction byRules = this.rules.extract(request);
		if (request == null || !StringUtils.hasText(request.text()) || !unsure(byRules, request.expect())) {
			return byRules;
		}
		Optional<Extraction> byModel = this.model.understand(request, byRules.normalizedText());
		return byModel.map((reading) -> merge(byRules, reading, request)).orElse(byRules);
	}

	boolean unsure(Extraction reading, Expectation expect) {
		if (reading.confidence() < this.threshold) {
			return true;
		}
		if (expect == null) {
			// "tomorrow at 2" without an intent is still a clear answer; nothing at all
			// is not
			return reading.intent() == Intent.UNKNOWN && nothingFound(reading);
		}
		return switch (expect) {
			case NAME -> reading.name() == null;
			case PHONE -> reading.phone() == null;
			case DATE -> reading.date() == null && reading.dateRange() == null;
			case TIME -> reading.time() == null && reading.timeWindow() == null;
			case CONFIRMATION -> reading.intent() == Intent.UNKNOWN;
		};
	}

	private static boolean nothingFound(Extraction reading) {
		return reading.date() == null && reading.dateRange() == null && reading.time() == null
				&& reading.timeWindow() == null && reading.durationMin() == null && reading.name() == null
				&& reading.phone() == null && reading.service() == null;
	}

	private Extraction merge(Extraction byRules, Extraction byModel, ExtractionRequest request) {
		boolean rulesKnowIntent = byRules.intent() != Intent.UNKNOWN && byRules.confidence() >= this.threshold;
		Intent intent = (rulesKnowIntent || byModel.intent() == Intent.UNKNOWN) ? byRules.intent() : byModel.intent();
		// a date and a range (a time and a window) are one answer: take both from whoever
		// gave it, never a date from one engine and a range from the other
		boolean rulesHaveDay = byRules.date() != null || byRules.dateRange() != null;
		Extraction day = rulesHaveDay ? byRules : byModel;
		boolean rulesHaveTime = byRules.time() != null || byRules.timeWindow() != null;
		Extraction hour = rulesHaveTime ? byRules : byModel;
		OffsetDateTime startsAt = (day.date() != null && hour.time() != null && request.zone() != null)
				? ZonedDateTime.of(day.date(), hour.time(), request.zone()).toOffsetDateTime() : null;
		return new Extraction(intent, day.date(), hour.time(), startsAt, hour.timeWindow(), day.dateRange(),
				either(byRules.durationMin(), byModel.durationMin()), either(byRules.name(), byModel.name()),
				either(byRules.phone(), byModel.phone()), either(byRules.service(), byModel.service()),
				Math.max(byRules.confidence(), byModel.confidence()), byRules.normalizedText());
	}

	private static <T> T either(T preferred, T otherwise) {
		return (preferred != null) ? preferred : otherwise;
	}

	@Override
	public void close() {
		this.model.close();
	}

}
