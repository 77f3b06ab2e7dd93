package io.bella.dialogue;

import java.time.DayOfWeek;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a caller rules out or asks of the next times while options are on the table: "the
 * latest you have that day", "not Mondays", "a different day", "someone else", "anything
 * later". The extractor reads the bounds ("after three", "before noon", "next week");
 * these are the rest. Works on the extractor's normalized, lower-case text.
 */
final class OfferConstraints {

	private static final Pattern LATEST_IN_DAY = Pattern.compile("\\b((the )?(latest|last)( one| time| appointment)?"
			+ " (you have|you've got|you got|you can do|available|possible|open)|as late as (possible|you can)"
			+ "|(end|late) (of|in) the day)\\b");

	private static final Pattern EARLIEST_IN_DAY = Pattern
		.compile("\\b(first thing|earliest|as early as (possible|you can))\\b");

	private static final Pattern DIFFERENT_DAY = Pattern.compile("\\b((a |some )?(different|other) (day|date)"
			+ "|another (day|date)|not (on )?(that|this|the same) day|(that|this) day (doesn'?t|does not|won'?t|will not"
			+ "|is no|isn'?t))");

	private static final Pattern OTHER_PROVIDER = Pattern.compile("\\b((someone|somebody|anyone|anybody) else"
			+ "|(another|a different|other|different) (dentist|doctor|hygienist|provider|person|one of the doctors)"
			+ "|not (with )?(dr|doctor)|anyone but|anybody but)\\b");

	private static final Pattern REFUSES_ALL = Pattern
		.compile("\\b(none of (those|them|these|that)|neither( of (those|them))?"
				+ "|(those|these|they|them) (all )?(don'?t|do not|won'?t|will not|wouldn'?t) (work|suit|do)"
				+ "|nothing (there |of those )?(works|suits))\\b");

	private static final Pattern WEEK_AFTER = Pattern
		.compile("\\b(the week after|the following week|a week later|(the )?week after that)\\b");

	private static final Pattern LATER_DAY = Pattern
		.compile("\\b(later|further) (on )?(in|that|this) (the )?(week|month)\\b|\\ba later (day|date)\\b");

	private static final Pattern LATER = Pattern.compile("\\b(later|after that)\\b");

	/** "Talk to you later", "I'll call back later": a farewell, not a later time. */
	private static final Pattern FAREWELL_LATER = Pattern
		.compile("\\b(talk|speak|call|see|catch|chat)\\b.*\\blater\\b");

	private static final Pattern EARLIER = Pattern.compile("\\b(earlier|sooner|before that)\\b");

	private OfferConstraints() {
	}

	/**
	 * "The latest you have that day", "as late as possible".
	 */
	static boolean asksLatestInDay(String said) {
		return LATEST_IN_DAY.matcher(said).find();
	}

	/**
	 * "First thing in the morning", "as early as possible".
	 */
	static boolean asksEarliestInDay(String said) {
		return EARLIEST_IN_DAY.matcher(said).find();
	}

	/**
	 * "A different day", "not that day".
	 */
	static boolean asksDifferentDay(String said) {
		return DIFFERENT_DAY.matcher(said).find();
	}

	/**
	 * "Someone else", "another dentist", "not with Dr. Ng".
	 */
	static boolean asksOtherProvider(String said) {
		return OTHER_PROVIDER.matcher(said).find();
	}

	/**
	 * "Not Mondays", "any day but Friday", "Tuesdays don't work".
	 */
	static Set<DayOfWeek> excludedDays(String said) {
		return OfferReferences.weekdays(SpokenClock.tokens(said), true);
	}

	/**
	 * "Can I make that later", "anything after that" (but not "talk to you later").
	 */
	static boolean asksLater(String said) {
		return LATER.matcher(said).find() && !FAREWELL_LATER.matcher(said).find();
	}

	static boolean asksEarlier(String said) {
		return EARLIER.matcher(said).find();
	}

	/**
	 * "None of those work", "neither", "those don't suit": every time read out is turned
	 * down.
	 */
	static boolean refusesAll(String said) {
		return REFUSES_ALL.matcher(said).find();
	}

	/**
	 * "Anything the week after?", "the following week": the week after the one offered.
	 */
	static boolean asksWeekAfter(String said) {
		return WEEK_AFTER.matcher(said).find();
	}

	/**
	 * "Something later in the week", "a later day": days after those offered, not later
	 * hours.
	 */
	static boolean asksLaterDay(String said) {
		return LATER_DAY.matcher(said).find();
	}

	/**
	 * Whether the caller asked anything of the next times that is not a day or a time.
	 */
	static boolean any(String said) {
		return asksLatestInDay(said) || asksDifferentDay(said) || asksOtherProvider(said)
				|| !excludedDays(said).isEmpty();
	}

}
