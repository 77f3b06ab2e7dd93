package io.bella.dialogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a caller's words say about an appointment already in hand, read on the extractor's
 * normalized, lower-case text.
 */
class ChangeOfMindTests {

	@ParameterizedTest
	@ValueSource(strings = { "actually tuesday won't work", "oh no i can't do that day", "that doesn't work for me",
			"hmm that's a bad day", "i changed my mind", "on second thought", "i can't make that" })
	void theTimeAgreedDoesNotSuit(String said) {
		assertThat(ChangeOfMind.refusesIt(said)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "no that's all thanks", "no i'm good", "that works thank you", "nope",
			"no that won't be necessary" })
	void aFarewellIsNoChangeOfMind(String said) {
		assertThat(ChangeOfMind.refusesIt(said)).isFalse();
		assertThat(OfferConstraints.asksLater(said)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "wait can i make that later", "anything a bit later", "later in the day please" })
	void aLaterTimeIsAsked(String said) {
		assertThat(OfferConstraints.asksLater(said)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ok talk to you later", "i'll call back later", "see you later" })
	void laterInAFarewellIsNoLaterTime(String said) {
		assertThat(OfferConstraints.asksLater(said)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "i'd also like to book a cleaning", "another one on friday please",
			"can i book one for my son too", "wednesday as well" })
	void aSecondAppointmentIsAskedFor(String said) {
		assertThat(ChangeOfMind.asksForAnother(said)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "move my cleaning to friday", "i need to reschedule my existing appointment",
			"change my appointment", "can you move her checkup" })
	void aMoveOfABookedAppointmentIsTold(String said) {
		assertThat(ChangeOfMind.speaksOfBookedAppointment(said)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "could we change the time", "can you move it to thursday", "a different day please" })
	void anotherTimeForTheBookingInHandIsNoMove(String said) {
		assertThat(ChangeOfMind.speaksOfBookedAppointment(said)).isFalse();
	}

}
