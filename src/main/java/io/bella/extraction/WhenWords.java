package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words dates, times and durations are read by, loaded once from the word lists under
 * {@code extraction/}.
 */
final class WhenWords {

	/** Spoken forms of the days of the week: "tuesday", "tues", "tuesdays". */
	static final Map<String, DayOfWeek> WEEKDAYS = WordLists.pairs("weekdays.txt",
			(day) -> DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));

	/** Spoken forms of the months and their numbers: "march" is 3, "sept" is 9. */
	static final Map<String, Integer> MONTHS = WordLists.pairs("months.txt",
			(month) -> Month.valueOf(month.toUpperCase(Locale.ROOT)).getValue());

	/**
	 * Month names that are also common words: a month only next to a day or after "in".
	 */
	static final Set<String> AMBIGUOUS_MONTHS = WordLists.words("ambiguous-months.txt");

	static final Set<String> TOMORROW = WordLists.words("tomorrow.txt");

	/**
	 * Words that make the number before them a count or an amount, not a date or time.
	 */
	static final Set<String> UNITS = WordLists.words("units.txt");

	/** Words that make the ordinal before them a rank, not a day of the month. */
	static final Set<String> ORDINAL_NOUNS = WordLists.words("ordinal-nouns.txt");

	/**
	 * Words before "one" that make it a pick among offers ("that one", "the earlier
	 * one"), never the hour 1.
	 */
	static final Set<String> PICK_WORDS = WordLists.words("pick-words.txt");

	/**
	 * Every word a date, time, window or duration can start with; other words are skipped
	 * at once.
	 */
	static final Set<String> STARTERS = starters();

	private WhenWords() {
	}

	private static Set<String> starters() {
		Set<String> starters = new HashSet<>(WordLists.words("when-starters.txt"));
		starters.addAll(Transcript.CARDINALS.keySet());
		starters.addAll(Transcript.ORDINALS.keySet());
		starters.addAll(TOMORROW);
		starters.addAll(MONTHS.keySet());
		starters.addAll(HolidayReader.FIRST_WORDS);
		for (String day : WEEKDAYS.keySet()) {
			starters.add(day);
			starters.add(day + "'s");
		}
		return Collections.unmodifiableSet(starters);
	}

}
