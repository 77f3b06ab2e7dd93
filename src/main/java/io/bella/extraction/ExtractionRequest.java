package io.bella.extraction;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a caller said and the context needed to read it.
 *
 * @param text the recognizer's transcript
 * @param referenceTime the instant "today" and "tomorrow" are counted from
 * @param zone the clinic's time zone
 * @param expect what the dialogue just asked for, or {@code null}
 * @param vocabulary the clinic's own words; {@link ClinicVocabulary#builtIn()} when
 * {@code null}
 */
public record ExtractionRequest(String text, Instant referenceTime, ZoneId zone, Expectation expect,
		ClinicVocabulary vocabulary) {

	public ExtractionRequest {
		vocabulary = (vocabulary != null) ? vocabulary : ClinicVocabulary.builtIn();
	}

	public ExtractionRequest(String text, Instant referenceTime, ZoneId zone, Expectation expect) {
		this(text, referenceTime, zone, expect, ClinicVocabulary.builtIn());
	}

	public ExtractionRequest(String text, Instant referenceTime, ZoneId zone) {
		this(text, referenceTime, zone, null);
	}

}
