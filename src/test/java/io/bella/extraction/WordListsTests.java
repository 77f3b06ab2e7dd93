package io.bella.extraction;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The word lists under extraction/ load as the rules need them.
 */
class WordListsTests {

	@Test
	void pairsMapSpokenFormsToWhatTheyStandFor() {
		assertThat(WhenWords.WEEKDAYS).containsEntry("tues", DayOfWeek.TUESDAY)
			.containsEntry("sundays", DayOfWeek.SUNDAY);
		assertThat(WhenWords.MONTHS).containsEntry("sept", 9).containsEntry("may", 5).doesNotContainKey("mar");
		assertThat(Transcript.CARDINALS).containsEntry("fourty", 40).containsEntry("nineteen", 19);
		assertThat(Transcript.ORDINALS).containsEntry("thirtieth", 30).doesNotContainKey("zeroth");
	}

	@Test
	void commentsAndBlankLinesAreNoWords() {
		assertThat(NameReader.STOP).isNotEmpty().noneMatch((word) -> word.isBlank() || word.contains("#"));
		assertThat(WordLists.lines("services.txt")).noneMatch((line) -> line.startsWith("#"));
	}

	@Test
	void theDemoClinicsNameIsNoFixedStopWord() {
		assertThat(NameReader.STOP).doesNotContain("maple").contains("dentist", "clinic");
	}

	@Test
	void startersHoldEveryWordADateOrTimeCanStartWith() {
		assertThat(WhenWords.STARTERS).contains("tomorrow", "tmrw", "tuesday's", "march", "twenty", "fifth", "between",
				"noon");
	}

}
