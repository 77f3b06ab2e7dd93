package io.bella.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the days named by a holiday and the days counted from one: "Boxing Day",
 * "Thanksgiving Monday", "the day after Boxing Day", "the Tuesday after Labour Day". A
 * holiday is the next one to come (today included); "before Christmas" or "Easter
 * weekend" name no single day and give no date.
 */
final class HolidayReader {

	/** The phrases of {@code holidays.txt}, split into words, by their first word. */
	private static final Map<String, Phrase[]> PHRASES = index(
			WordLists.pairs("holidays.txt", CanadianHoliday::valueOf));

	/** The first words of the holiday phrases: the only words a holiday starts with. */
	static final Set<String> FIRST_WORDS = Collections.unmodifiableSet(PHRASES.keySet());

	/** Words before a holiday that make it a span of days, not the day. */
	private static final Set<String> SPAN_BEFORE = Set.of("before", "after", "until", "till", "since", "over", "during",
			"by");

	/** Words after a holiday that make it a span of days, not the day. */
	private static final Set<String> SPAN_AFTER = Set.of("weekend", "week", "holidays", "holiday", "break", "season",
			"time", "long", "vacation");

	/** Words before "good" that make it an answer, not the start of Good Friday. */
	private static final Set<String> GOOD_AS_ANSWER = Set.of("sounds", "that's", "thats", "is", "looks", "very",
			"pretty", "really", "all", "yeah", "yes", "ok", "okay", "be", "it's", "its", "so", "fine");

	private final Transcript t;

	private final LocalDate today;

	private final Reading r;

	HolidayReader(Transcript t, LocalDate today, Reading r) {
		this.t = t;
		this.today = today;
		this.r = r;
	}

	/**
	 * The tokens taken by a holiday, or a day counted from one, at i; 0 when there is
	 * none.
	 */
	int match(int i) {
		int j = this.t.is(i, "the") ? i + 1 : i;
		String w = this.t.word(j);
		String rel = this.t.word(j + 1);
		boolean after = rel.equals("after");
		if (after || rel.equals("before")) {
			DayOfWeek dow = WhenWords.WEEKDAYS.get(w);
			if (w.equals("day") || dow != null) {
				Phrase anchor = phraseAt(j + 2);
				if (anchor == null) {
					return 0;
				}
				add(anchor.holiday(), dow, (dow != null) ? 0 : after ? 1 : -1, after, i);
				return j + 2 + anchor.length() - i;
			}
			return 0;
		}
		if (j != i) {
			return 0;
		}
		Phrase holiday = phraseAt(i);
		if (holiday == null || holiday.holiday() == CanadianHoliday.GOOD_FRIDAY && goodIsAnAnswer(i)) {
			return 0;
		}
		int end = i + holiday.length();
		String before = this.t.word(this.t.is(i - 1, "the") ? i - 2 : i - 1);
		if (!SPAN_BEFORE.contains(before) && !SPAN_AFTER.contains(this.t.word(end))) {
			add(holiday.holiday(), null, 0, false, i);
		}
		return end - i;
	}

	/**
	 * Adds the holiday, {@code days} from it or the weekday after or before it, that
	 * comes next, never before today.
	 */
	private void add(CanadianHoliday holiday, DayOfWeek dow, int days, boolean after, int at) {
		for (int year = this.today.getYear() - 1; year <= this.today.getYear() + 1; year++) {
			LocalDate day = holiday.in(year);
			if (dow != null) {
				day = day.with(after ? TemporalAdjusters.next(dow) : TemporalAdjusters.previous(dow));
			}
			day = day.plusDays(days);
			if (!day.isBefore(this.today)) {
				DateReader.addDate(this.t, this.r, day, at);
				return;
			}
		}
	}

	/**
	 * "sounds good Friday works", "yeah good, Friday": "good" answers, and Friday is a
	 * weekday; "good Friday" written with a capital F only is the same.
	 */
	private boolean goodIsAnAnswer(int i) {
		String prev = this.t.word(i - 1);
		boolean capitals = this.t.anyUpperCase && this.t.raw[i].equals(this.t.words[i])
				&& !this.t.raw[i + 1].equals(this.t.words[i + 1]);
		return capitals || GOOD_AS_ANSWER.contains(prev);
	}

	/** The longest holiday phrase at i, or {@code null}. */
	private Phrase phraseAt(int i) {
		Phrase[] phrases = PHRASES.get(this.t.word(i));
		if (phrases == null) {
			return null;
		}
		for (Phrase p : phrases) {
			if (p.matchesAt(this.t, i)) {
				return p;
			}
		}
		return null;
	}

	private static Map<String, Phrase[]> index(Map<String, CanadianHoliday> holidays) {
		Map<String, List<Phrase>> index = new HashMap<>();
		holidays.forEach((phrase, holiday) -> {
			String[] words = phrase.split(" ");
			index.computeIfAbsent(words[0], (k) -> new ArrayList<>()).add(new Phrase(words, holiday));
		});
		Map<String, Phrase[]> frozen = new HashMap<>();
		index.forEach((first, phrases) -> {
			// longest first: "easter monday" before "easter"
			phrases.sort((a, b) -> b.length() - a.length());
			frozen.put(first, phrases.toArray(new Phrase[0]));
		});
		return Collections.unmodifiableMap(frozen);
	}

	/** One way of naming a holiday, as words. */
	private record Phrase(String[] words, CanadianHoliday holiday) {

		int length() {
			return this.words.length;
		}

		boolean matchesAt(Transcript t, int i) {
			for (int k = 0; k < this.words.length; k++) {
				if (!t.is(i + k, this.words[k])) {
					return false;
				}
			}
			return true;
		}

	}

}
