package io.bella.dialogue;

import io.bella.booking.SmsOptOuts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Bella promises a text only to a number that will get it: not to one that opted out.
 */
class TextPromisesTests {

	final SmsOptOuts optOuts = mock(SmsOptOuts.class);

	@Test
	void numberThatOptedOutIsPromisedNoText() {
		given(this.optOuts.isOptedOut("+14165550123")).willReturn(true);
		TextPromises promises = new TextPromises(ConfirmationPhrases.of(true), this.optOuts);

		ConfirmationPhrases phrases = promises.to("+14165550123");

		assertThat(phrases.sameNumberQuestion() + phrases.otherNumberQuestion() + phrases.afterChange())
			.doesNotContainIgnoringCase("text");
	}

	@Test
	void otherNumbersAndUnknownOnesArePromisedTheTextThatIsSent() {
		TextPromises promises = new TextPromises(ConfirmationPhrases.of(true), this.optOuts);

		assertThat(promises.to("+14165550199").afterChange()).isEqualTo("We'll text you a confirmation. ");
		assertThat(promises.to(null).sameNumberQuestion()).contains("text the confirmation");
	}

	@Test
	void withoutTextsNoNumberIsLookedUp() {
		TextPromises promises = new TextPromises(ConfirmationPhrases.of(false), this.optOuts);

		assertThat(promises.to("+14165550123").afterChange()).isEmpty();
		verifyNoInteractions(this.optOuts);
	}

}
