package io.bella.dialogue;

import java.util.List;

import io.bella.dialogue.ClinicQuestions.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which clinic topics a caller's turn asks about, and how a spelled name is read back.
 */
class ClinicQuestionsTests {

	private static final List<String> FACTS = List.of("parking", "insurance", "prices", "what to bring", "after_hours",
			"wheelchair access");

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Are you open on Saturday?                      | hours
			what time do you close today                   | hours
			what are your hours                            | hours
			is the office open tomorrow?                   | hours
			do you guys do saturday appointments           | hours
			do you have evening appointments               | hours
			are you open weekends                          | hours
			where are you located                          | address
			what's your address?                           | address
			is there parking?                              | parking
			where do I park                                | parking
			do you take insurance                          | insurance
			do you do direct billing                       | insurance
			is it covered?                                 | insurance
			how much is a cleaning                         | prices
			what does a checkup cost                       | prices
			what should I bring                            | bring
			do I need to bring anything                    | bring
			do you take credit cards                       | payment
			is there wheelchair access?                    | wheelchair access
			""")
	void aQuestionNamesItsTopic(String said, String topic) {
		assertThat(ClinicQuestions.asked(said, FACTS)).extracting(Topic::name).containsExactly(topic);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'd like a cleaning on Saturday", "anything open at 3 on Tuesday?",
			"how about something close to noon", "I have insurance with Sun Life", "how much time does it take",
			"what times do you have tomorrow", "yes please", "no that's all thanks", "can I bring my son too?",
			"I'll be coming after hours" })
	void otherTurnsAskNothingAboutTheClinic(String said) {
		assertThat(ClinicQuestions.asked(said, FACTS)).isEmpty();
	}

	@Test
	void twoQuestionsInOneTurnAreBothHeard() {
		assertThat(ClinicQuestions.asked("Where are you located, and is there parking?", FACTS)).extracting(Topic::name)
			.containsExactly("address", "parking");
	}

	@Test
	void aQuestionAsksSomethingOnlyWhenItHoldsMoreThanTheLine() {
		assertThat(ClinicQuestions.asksSomething("do you do invisalign")).isTrue();
		assertThat(ClinicQuestions.asksSomething("can you hear me?")).isFalse();
		assertThat(ClinicQuestions.asksSomething("hello? is anyone there?")).isFalse();
	}

	@Test
	void aSpelledNameIsReadBackLetterByLetter() {
		assertThat(NameReadback.spelling("Siobhan O'Sullivan"))
			.isEqualTo("S I O B H A N, O apostrophe S U L L I V A N");
		assertThat(NameReadback.spelling("Smith-Jones")).isEqualTo("S M I T H hyphen J O N E S");
		assertThat(NameReadback.wasSpelled("s i o b h a n")).isTrue();
		assertThat(NameReadback.wasSpelled("no it's catherine with a c")).isTrue();
		assertThat(NameReadback.wasSpelled("emily roy")).isFalse();
	}

	@Test
	void aCorrectionReplacesTheWordItCorrects() {
		assertThat(NameReadback.corrected("Katherine Smith", "Catherine")).isEqualTo("Catherine Smith");
		assertThat(NameReadback.corrected("Catherine Smith", "Smyth")).isEqualTo("Catherine Smyth");
		assertThat(NameReadback.corrected("Jon Smith", "John")).isEqualTo("John Smith");
		assertThat(NameReadback.corrected("Emily Roy", "Emilie Roy")).isEqualTo("Emilie Roy");
	}

}
