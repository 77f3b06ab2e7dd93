package io.bella.extraction;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names spelled out letter by letter, by a letter ("with a C") or said with their
 * punctuation ("O apostrophe", "hyphen"), put together and cased as names are.
 */
class SpelledNameTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final Instant NOW = ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, TORONTO).toInstant();

	private final RuleBasedAppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			S I O B H A N                                                      | Siobhan
			s-i-o-b-h-a-n                                                      | Siobhan
			c a t h e r i n e                                                  | Catherine
			S. I. O. B. H. A. N.                                               | Siobhan
			S I O B H A N, O apostrophe S U L L I V A N                        | Siobhan O'Sullivan
			Siobhan, S I O B H A N, O apostrophe S U L L I V A N               | Siobhan O'Sullivan
			Siobhan O'Sullivan, S I O B H A N O apostrophe S U L L I V A N     | Siobhan O'Sullivan
			Shivon O'Sullivan, S I O B H A N                                   | Siobhan O'Sullivan
			Niamh, N I A M H                                                   | Niamh
			Niamh Kelly, K E L L Y                                             | Niamh Kelly
			my first name is Niamh, last name Kelly, spelled K E L L Y         | Niamh Kelly
			first name Niamh, last name K E L L Y                              | Niamh Kelly
			the last name is S I N G H                                         | Singh
			it's Mary, M A R Y, M C D O N A L D                                | Mary McDonald
			capital M c capital D o n a l d                                    | McDonald
			Angus MacLeod, M A C capital L E O D                               | Angus MacLeod
			S A R A H, capital S                                               | Sarah
			s as in sam a as in apple m as in mary                             | Sam
			S M I T H hyphen J O N E S                                         | Smith-Jones
			Sam, S A M, Smith hyphen Jones, S M I T H hyphen J O N E S         | Sam Smith-Jones
			P A T R I C K then O apostrophe B R I E N                          | Patrick O'Brien
			Z O E and then N G U Y E N                                         | Zoe Nguyen
			K E el L Y                                                         | Kelly
			Catherine Dubois, that's C A T H E R I N E, D U B O I S            | Catherine Dubois
			Anne-Marie Leblanc, A N N E hyphen M A R I E, L E B L A N C        | Anne-Marie Leblanc
			Kathryn Dubois, spelled C A T H R Y N D U B O I S                  | Cathryn Dubois
			Wei Chen, W E I C H E N                                            | Wei Chen
			""")
	void spelledLettersArePutTogether(String said, String name) {
		assertThat(name(said)).isEqualTo(name);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			siobhan mcdonald         | Siobhan McDonald
			angus macleod            | Angus MacLeod
			macy gray                | Macy Gray
			sarah smith-jones        | Sarah Smith-Jones
			sarah smith hyphen jones | Sarah Smith-Jones
			sarah smith dash jones   | Sarah Smith-Jones
			o apostrophe brien       | O'Brien
			liam o'sullivan          | Liam O'Sullivan
			d'arcy thompson          | D'Arcy Thompson
			Jean-Luc Picard          | Jean-Luc Picard
			Siobhan Mcdonald         | Siobhan McDonald
			Liam O'sullivan          | Liam O'Sullivan
			Ryan MacDonald           | Ryan MacDonald
			Mackenzie Roy            | Mackenzie Roy
			""")
	void namesAreCasedAsNamesAre(String said, String name) {
		assertThat(name(said)).isEqualTo(name);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			that's Catherine with a C    | Catherine
			Katherine with a C           | Catherine
			Catherine with a K           | Katherine
			Jon without an h             | Jon
			John without the h           | Jon
			Jon with an h                | John
			Sara with an h               | Sarah
			Ann with an e                | Anne
			Steven with a p h            | Stephen
			Stephen with a v             | Steven
			Katherine Smith, that's Katherine with a C | Catherine Smith
			""")
	void aNameIsSpelledByOneLetter(String said, String name) {
		assertThat(name(said)).isEqualTo(name);
	}

	@Test
	void aCorrectionWithItsSpellingIsANameWhateverWasAsked() {
		assertThat(read("no it's katherine with a k", Expectation.CONFIRMATION).name()).isEqualTo("Katherine");
		assertThat(read("no, that's Catherine with a C", Expectation.CONFIRMATION).name()).isEqualTo("Catherine");
		assertThat(read("yes that's fine", Expectation.CONFIRMATION).name()).isNull();
		assertThat(read("I'd like a cleaning with a hygienist, my name is Emily", null).name()).isEqualTo("Emily");
	}

	@Test
	void wordsNearLettersAreNoSpelling() {
		assertThat(read("I'd like a cleaning at 3 p m on Tuesday", null).name()).isNull();
		assertThat(read("my name is John Smith", null).name()).isEqualTo("John Smith");
		assertThat(read("Emily Roy", Expectation.NAME).name()).isEqualTo("Emily Roy");
	}

	private String name(String said) {
		return read(said, Expectation.NAME).name();
	}

	private Extraction read(String said, Expectation expect) {
		return this.extractor.extract(new ExtractionRequest(said, NOW, TORONTO, expect));
	}

}
