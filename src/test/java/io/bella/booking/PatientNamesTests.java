package io.bella.booking;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which names are one patient's: case, accents, punctuation and spacing do not tell two
 * people apart; letters do.
 */
class PatientNamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "Emily Roy", "emily roy", "  Emily   Roy ", "EMILY ROY", "Émily Roy", "Emily Roy.",
			"Emily\tRoy", "Émíly Röy" })
	void spellingsOfOneNameHaveOneKey(String name) {
		assertThat(PatientNames.key(name)).isEqualTo("emily roy");
		assertThat(PatientNames.same(name, "Emily Roy")).isTrue();
	}

	@Test
	void hyphensSeparateWordsAndOtherPunctuationIsDropped() {
		assertThat(PatientNames.key("Marie-Claire Côté")).isEqualTo("marie claire cote");
		assertThat(PatientNames.key("J.P. O'Neil")).isEqualTo("jp oneil");
		assertThat(PatientNames.words("Anne-Marie  St. Pierre")).containsExactly("anne", "marie", "st", "pierre");
	}

	@Test
	void differentNamesStayApart() {
		assertThat(PatientNames.same("Emily Roy", "Emilie Roy")).isFalse();
		assertThat(PatientNames.same("Emily Roy", "Roy Emily")).isFalse();
		assertThat(PatientNames.same("Emily Roy", "Emily Anne Roy")).isFalse();
	}

	@Test
	void lettersOfOtherScriptsAreKept() {
		assertThat(PatientNames.key("王 小明")).isEqualTo("王 小明");
		assertThat(PatientNames.key("Ольга Иванова")).isEqualTo("ольга иванова");
	}

	@Test
	void aNameWithoutLettersOrDigitsHasAnEmptyKey() {
		assertThat(PatientNames.key(" ... ")).isEmpty();
		assertThat(PatientNames.key(null)).isEmpty();
		assertThat(PatientNames.words("-")).isEmpty();
	}

}
