package io.bella.dialogue;

import java.util.regex.Pattern;

import io.bella.extraction.Extraction;
import io.bella.extraction.Intent;

/**
 * What a caller's words say about an appointment already in hand: that the time does not
 * suit after all ("actually Tuesday won't work", "I can't do that day"), that they ask
 * for a second one rather than a change ("I'd also like…", "another one"), or that a move
 * speaks of an appointment already booked ("my cleaning") rather than of the booking
 * being made. Works on the extractor's normalized, lower-case text.
 */
final class ChangeOfMind {

	private static final Pattern REFUSES = Pattern.compile("\\b(can'?t|cannot|won'?t|wouldn'?t|doesn'?t|does not"
			+ "|will not|not going to|not gonna)( really| actually)? (do|make|work|suit|come|be good)\\b"
			+ "|\\bbad (day|time)\\b|\\bchanged? my mind\\b|\\bon second thought\\b");

	private static final Pattern ANOTHER = Pattern
		.compile("\\b(also|another|second|too|as well|one more|other appointment)\\b");

	private static final Pattern BOOKED_APPOINTMENT = Pattern
		.compile("\\b(my|his|her|their|our) (\\w+ )?(appointment|booking|visit|cleaning|checkup|check-up|exam)s?\\b"
				+ "|\\b(existing|current|upcoming) (appointment|booking)\\b|\\balready (have|booked)\\b");

	private ChangeOfMind() {
	}

	/**
	 * "Actually Tuesday won't work", "oh no, I can't do that day", "on second thought":
	 * the time just agreed does not suit.
	 */
	static boolean refusesIt(String said) {
		return REFUSES.matcher(said).find();
	}

	/**
	 * "I'd also like…", "another one for my son": a request for a second appointment, not
	 * a change to the first.
	 */
	static boolean asksForAnother(String said) {
		return ANOTHER.matcher(said).find() || CallerPhrases.isForSomeoneElse(said);
	}

	/**
	 * "Move my cleaning", "my existing appointment": a move of an appointment already
	 * booked, not another time for the booking being made.
	 */
	static boolean speaksOfBookedAppointment(String said) {
		return BOOKED_APPOINTMENT.matcher(said).find();
	}

	/**
	 * The same reading as a no: while a booking is being made, "can we change the time"
	 * turns down the time in hand.
	 */
	static Extraction asDenial(Extraction heard) {
		return new Extraction(Intent.DENY, heard.date(), heard.time(), heard.startsAt(), heard.timeWindow(),
				heard.dateRange(), heard.durationMin(), heard.name(), heard.phone(), heard.service(),
				heard.confidence(), heard.normalizedText());
	}

}
