package io.bella.extraction;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic's own words: its name is never the caller's, its appointment types are read
 * by their names, and a caller with no clinic data reads by the built-in vocabulary.
 */
class ClinicVocabularyTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant NOW = Instant.parse("2026-11-17T15:00:00Z");

	static final ClinicVocabulary MAPLE = ClinicVocabulary.of("Maple Dental Centre",
			List.of("Checkup", "Cleaning", "Emergency"));

	private final RuleBasedAppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	private Extraction read(String text, Expectation expect, ClinicVocabulary vocabulary) {
		return this.extractor.extract(new ExtractionRequest(text, NOW, TORONTO, expect, vocabulary));
	}

	@Test
	void clinicNameIsNeverTheCallersName() {
		assertThat(read("Maple", Expectation.NAME, MAPLE).name()).isNull();
		assertThat(read("this is Maple Dental calling", null, MAPLE).name()).isNull();
		assertThat(read("this is Emily Roy calling Maple Dental", null, MAPLE).name()).isEqualTo("Emily Roy");
	}

	@Test
	void withoutClinicDataAClinicNameIsJustAWord() {
		assertThat(read("Maple", Expectation.NAME, ClinicVocabulary.builtIn()).name()).isEqualTo("Maple");
	}

	@Test
	void clinicNameWordsAreReadAsTheTranscriptWritesThem() {
		ClinicVocabulary vocabulary = ClinicVocabulary.of("St. Mary's Smile-Care", List.of());

		assertThat(vocabulary.clinicNameWords()).containsExactlyInAnyOrder("st", "mary's", "smile-care");
	}

	@Test
	void appointmentTypeOfTheClinicIsReadByItsName() {
		ClinicVocabulary vocabulary = ClinicVocabulary.of("Bright Smiles", List.of("Invisalign Consult", "Cleaning"));

		assertThat(read("I'd like an Invisalign consult next week", null, vocabulary).service())
			.isEqualTo("invisalign consult");
		assertThat(read("I'd like a consult next week", null, vocabulary).service()).isEqualTo("consultation");
		assertThat(read("I need my teeth cleaned", null, vocabulary).service()).isEqualTo("cleaning");
	}

	@Test
	void appointmentTypesAreReadByTheSynonymsTheClinicGives() {
		ClinicVocabulary vocabulary = ClinicVocabulary.of("Lakeshore Dentistry",
				Map.of("Cleaning", List.of("scale and polish"), "Whitening", List.of("Bleaching", "brighter smile")));

		assertThat(read("could I book a scale and polish on Friday", null, vocabulary).service()).isEqualTo("cleaning");
		assertThat(read("I want bleaching", null, vocabulary).service()).isEqualTo("whitening");
		assertThat(read("something for a brighter smile", null, vocabulary).service()).isEqualTo("whitening");
		assertThat(read("I'd like a whitening", null, vocabulary).service()).isEqualTo("whitening");
		assertThat(read("I want bleaching", null, MAPLE).service()).isNull();
	}

	@Test
	void appointmentTypesTheBuiltInPhrasesNameKeepTheirPrecedence() {
		assertThat(MAPLE.services()).isEqualTo(ClinicVocabulary.builtIn().services());
		assertThat(read("I broke a tooth, and I'm due for a cleaning", null, MAPLE).service()).isEqualTo("emergency");
	}

	@Test
	void namingAnAppointmentTypeIsAskingToBook() {
		ClinicVocabulary vocabulary = ClinicVocabulary.of("Bright Smiles", List.of("Invisalign Consult"));

		assertThat(read("an invisalign consult on Friday", null, vocabulary).intent()).isEqualTo(Intent.BOOK);
		assertThat(read("an invisalign consult on Friday", null, ClinicVocabulary.builtIn()).service())
			.isEqualTo("consultation");
	}

	@Test
	void requestWithoutVocabularyReadsByTheBuiltInOne() {
		assertThat(new ExtractionRequest("hi", NOW, TORONTO).vocabulary()).isSameAs(ClinicVocabulary.builtIn());
		assertThat(new ExtractionRequest("hi", NOW, TORONTO, null, null).vocabulary())
			.isSameAs(ClinicVocabulary.builtIn());
	}

	@Test
	void builtInVocabularyReadsEmergenciesCleaningsCheckupsAndTreatments() {
		assertThat(ClinicVocabulary.builtIn().services()).extracting(ClinicVocabulary.ServicePhrases::service)
			.containsExactly("emergency", "cleaning", "checkup", "filling", "consultation", "whitening", "root canal",
					"crown");
		assertThat(ClinicVocabulary.builtIn().clinicNameWords()).isEmpty();
	}

}
