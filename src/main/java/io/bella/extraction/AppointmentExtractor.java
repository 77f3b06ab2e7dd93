package io.bella.extraction;

/**
 * Understands one utterance of a caller: what they want and which date, time, name or
 * phone number they said, resolved against the reference instant in the clinic's time
 * zone.
 */
public interface AppointmentExtractor {

	/**
	 * Never throws for any text; what the caller did not say stays {@code null}.
	 */
	Extraction extract(ExtractionRequest request);

}
