package io.bella.extraction;

/**
 * Where the words of the clinic Bella answers for come from: its name and the appointment
 * types it offers, read from the clinic's set-up by a module that knows it. Without one,
 * callers are read with the built-in vocabulary.
 */
@FunctionalInterface
public interface ClinicVocabularies {

	/**
	 * The vocabulary of the clinic as it is set up now.
	 */
	ClinicVocabulary current();

}
