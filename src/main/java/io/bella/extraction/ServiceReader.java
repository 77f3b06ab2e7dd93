package io.bella.extraction;

import java.util.List;

import io.bella.extraction.ClinicVocabulary.ServicePhrases;

/**
 * Maps what a caller calls their visit to one of the clinic's appointment types, by the
 * phrases of a {@link ClinicVocabulary}: by default cleaning, checkup or emergency (pain,
 * a broken tooth), and a few named treatments.
 */
final class ServiceReader {

	private final List<ServicePhrases> source;

	private final String[] services;

	private final PhraseIndex index;

	private ServiceReader(List<ServicePhrases> source) {
		this.source = source;
		this.services = new String[source.size()];
		String[][] phrases = new String[source.size()][];
		for (int k = 0; k < source.size(); k++) {
			this.services[k] = source.get(k).service();
			phrases[k] = source.get(k).phrases().toArray(new String[0]);
		}
		this.index = PhraseIndex.of(phrases);
	}

	static ServiceReader of(List<ServicePhrases> services) {
		return new ServiceReader(services);
	}

	/** Whether this reader reads by these services. */
	boolean reads(List<ServicePhrases> services) {
		return this.source == services || this.source.equals(services);
	}

	/** The service named, the first listed when the caller named two, or {@code null}. */
	String read(Transcript t) {
		int first = this.index.first(t);
		return (first >= 0) ? this.services[first] : null;
	}

}
