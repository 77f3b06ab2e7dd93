package io.bella.extraction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the intent is read from many ways of saying the same thing, each also lower case
 * and without punctuation, as a phone transcript comes: yes and no with the action named,
 * hedges, moves versus bookings, and the action words a yes or a no carries.
 */
class IntentReaderTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	/** Tuesday, November 17th 2026, 10 a.m. */
	static final Instant TUESDAY = ZonedDateTime.of(2026, 11, 17, 10, 0, 0, 0, TORONTO).toInstant();

	private final RuleBasedAppointmentExtractor extractor = new RuleBasedAppointmentExtractor();

	@ParameterizedTest
	@ValueSource(strings = { "Yes, please do.", "Book it.", "That's fine, go ahead.", "Sure thing!",
			"Yeah, go ahead and move it.", "I guess so.", "I suppose.", "Probably, yes.", "Sounds OK, I think.",
			"I think so.", "Yes please, go ahead.", "Okay, go for it.", "Yep, that's the one.", "Go ahead and move it.",
			"That's fine, move it." })
	void aYesInManyWordsConfirms(String text) {
		assertThat(intents(text, Expectation.CONFIRMATION)).containsOnly(Intent.CONFIRM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Yes, cancel it please.", "Yeah cancel it.", "Sure, go ahead and cancel it.",
			"Please cancel it.", "Yes, I'd like to cancel." })
	void aYesThatNamesTheCancellationIsTheCancellation(String text) {
		assertThat(intents(text, Expectation.CONFIRMATION)).containsOnly(Intent.CANCEL);
		assertThat(ActionWords.named(text)).isEqualTo(Intent.CANCEL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'm not sure.", "Maybe not.", "I don't know.", "Hmm, I'm not certain." })
	void anUnsureAnswerIsNeitherYesNorNo(String text) {
		assertThat(intents(text, Expectation.CONFIRMATION)).containsOnly(Intent.UNKNOWN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "No.", "Probably not.", "I guess not.", "No, the other one.", "No, the one on Friday.",
			"No, don't cancel it." })
	void aNoOrACorrectionDenies(String text) {
		assertThat(intents(text, Expectation.CONFIRMATION)).containsOnly(Intent.DENY);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			No, move it instead.                  | RESCHEDULE
			Yeah actually just move it.           | RESCHEDULE
			No, just cancel it.                   | CANCEL
			No, don't cancel it.                  |
			Yes, I can't make it that day.        |
			Don't move it, leave it.              |
			Yes please.                           |
			""")
	void theActionAYesOrNoNamesIsTold(String text, Intent action) {
		assertThat(ActionWords.named(text)).isEqualTo(action);
		assertThat(ActionWords.named(plain(text))).isEqualTo(action);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Change my cleaning to Monday.", "Can I move my cleaning to Monday?",
			"Could you switch my cleaning to Monday?", "I need to push back my cleaning to Monday.",
			"Can we bring forward my cleaning to Monday?", "Can I do my appointment on Monday instead?",
			"I'd like to change my appointment to Monday.", "Can you push my cleaning to Monday?" })
	void aMoveToANewDayIsAMoveCarryingTheDay(String text) {
		for (String variant : new String[] { text, plain(text) }) {
			Extraction reading = read(variant, null);
			assertThat(reading.intent()).as(variant).isEqualTo(Intent.RESCHEDULE);
			assertThat(reading.date()).as(variant).isEqualTo(LocalDate.of(2026, 11, 23));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "I need to reschedule.", "I have to reschedule my appointment.",
			"Can I change my appointment?", "I'd like to move my checkup." })
	void aMoveWithoutADayIsAMove(String text) {
		assertThat(intents(text, null)).containsOnly(Intent.RESCHEDULE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Move it from Tuesday to Thursday at four.",
			"Can you move my appointment from Tuesday to Thursday at 4 pm?" })
	void theNewTimeWinsOverTheOld(String text) {
		Extraction reading = read(text, null);
		assertThat(reading.intent()).isEqualTo(Intent.RESCHEDULE);
		assertThat(reading.date()).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(reading.time()).isEqualTo(LocalTime.of(16, 0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "I'd like to book a cleaning on Monday.", "Can I book another cleaning?",
			"I need a checkup next week." })
	void aBookingStaysABooking(String text) {
		assertThat(intents(text, null)).containsOnly(Intent.BOOK);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			I need my teeth cleaned        | cleaning
			a hygiene appointment          | cleaning
			I have a sore jaw              | emergency
			I broke my tooth               | emergency
			just a check                   | checkup
			it's my kid's first visit      | checkup
			I'm a new patient              | checkup
			""")
	void serviceWordsMapToTheirAppointmentType(String text, String service) {
		assertThat(read(text, null).service()).isEqualTo(service);
		assertThat(read(text, null).intent()).isEqualTo(Intent.BOOK);
	}

	private Set<Intent> intents(String text, Expectation expect) {
		return Set.copyOf(List.of(read(text, expect).intent(), read(plain(text), expect).intent()));
	}

	private Extraction read(String text, Expectation expect) {
		return this.extractor.extract(new ExtractionRequest(text, TUESDAY, TORONTO, expect));
	}

	/** As a phone transcript writes it: lower case, no punctuation. */
	private static String plain(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[.,!?]", "");
	}

}
