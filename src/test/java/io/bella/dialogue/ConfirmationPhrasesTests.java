package io.bella.dialogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationPhrasesTests {

	@Test
	void textsArePromisedOnlyWhenTheyAreSent() {
		ConfirmationPhrases on = ConfirmationPhrases.of(true);
		ConfirmationPhrases off = ConfirmationPhrases.of(false);

		assertThat(on.sameNumberQuestion()).contains("text the confirmation");
		assertThat(on.afterChange()).contains("text you a confirmation");
		assertThat(off.sameNumberQuestion() + off.otherNumberQuestion() + off.numberQuestion() + off.afterChange())
			.doesNotContainIgnoringCase("text");
	}

}
