package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.bella.dialogue.CallSession.SlotOption;
import io.bella.extraction.Extraction;

/**
 * Which of the times read out a caller means: by position ("the first one", "number two",
 * "the later one"), by weekday ("the Tuesday one"), by time ("the two thirty one",
 * "ten"), by part of the day ("the morning one"), by provider ("the one with Dr. Ng"), or
 * by pointing ("that one"). Every feature the caller named must fit; a position counts
 * among the options that fit the rest. Number words that belong to another phrase ("on
 * second thought", "first thing", "one of those", "March twenty first") point at nothing.
 */
final class OfferReferences {

	private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
			"former", 1);

	private static final Map<String, Integer> NUMBERS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "1", 1, "2",
			2, "3", 3, "4", 4);

	/** Words after an ordinal that make it part of another phrase. */
	private static final Set<String> NOT_A_PICK_AFTER = Set.of("thing", "things", "time", "times", "thought",
			"thoughts", "week", "weekend", "weeks", "month", "year", "opinion", "name", "visit", "floor", "day", "days",
			"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "minute", "you",
			"available", "possible", "opening", "slot", "i");

	/** Words after "first" or "earliest" that still make it the earliest option. */
	private static final Set<String> EARLIEST_AFTER = Set.of("you", "available", "possible", "opening", "slot", "i");

	/** Words before an ordinal that make it part of another phrase. */
	private static final Set<String> NOT_A_PICK_BEFORE = Set.of("my", "at", "a", "one", "just", "your", "his", "her",
			"their", "our", "twenty", "thirty");

	/** Words that name a calendar day rather than a weekday among the options. */
	private static final Pattern CALENDAR_WORDS = Pattern
		.compile("\\b(today|tomorrow|tonight|" + String.join("|", SpokenClock.MONTHS)
				+ "|([4-9]|[12]\\d|3[01])(st|nd|rd|th)|(fif|six|seven|eigh|nin|ten|eleven|twelf"
				+ "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twentie|thirtie)th"
				+ "|(twenty|thirty)[ -](first|second|third))\\b");

	/** Words that name a day at all. */
	private static final Pattern DAY_WORDS = Pattern
		.compile("\\b((mon|tues|wednes|thurs|fri|satur|sun)days?|week|weekend)\\b");

	/** Words after "of" that make an ordinal a day of the month. */
	private static final Set<String> DATE_AFTER_OF = Set.of("the", "this", "next", "all");

	private static final Set<String> NEGATIONS = Set.of("not", "but", "except", "excluding", "no", "than", "besides",
			"never");

	private static final Set<String> NEGATIONS_AFTER = Set.of("doesn't", "doesnt", "don't", "dont", "won't", "wont",
			"can't", "cant", "isn't", "isnt", "aren't", "arent", "not", "bad");

	private OfferReferences() {
	}

	/**
	 * The options the caller's words point at.
	 * @param said the caller's words, lower case
	 * @param offers the options read out, in the order they were read
	 * @param zone the clinic's zone
	 * @param providers the providers the caller named
	 * @param date a calendar date the caller named ("tomorrow", "March 10th"), or
	 * {@code null}
	 */
	static Pick resolve(String said, List<SlotOption> offers, ZoneId zone, Set<Long> providers, LocalDate date) {
		List<String> tokens = SpokenClock.tokens(said);
		Rank rank = rank(tokens);
		Set<DayOfWeek> weekdays = weekdays(tokens, false);
		List<SpokenClock.Clock> clocks = SpokenClock.clocks(tokens);
		PartOfDay part = PartOfDay.in(tokens);
		boolean filtered = !weekdays.isEmpty() || date != null || !clocks.isEmpty() || part != null
				|| !providers.isEmpty();
		if (!filtered && rank == null) {
			boolean pointing = points(tokens);
			return (pointing && !offers.isEmpty()) ? new Pick(List.of(offers.get(offers.size() - 1)), true, false)
					: Pick.NONE;
		}
		Predicate<SlotOption> fits = (option) -> {
			LocalDate day = option.startsAt().atZone(zone).toLocalDate();
			LocalTime time = option.startsAt().atZone(zone).toLocalTime();
			return (weekdays.isEmpty() || weekdays.contains(day.getDayOfWeek())) && (date == null || date.equals(day))
					&& (clocks.isEmpty() || clocks.stream().anyMatch((clock) -> clock.names(time)))
					&& (part == null || part.holds(time))
					&& (providers.isEmpty() || providers.contains(option.providerId()));
		};
		List<SlotOption> candidates = offers.stream().filter(fits).toList();
		boolean namesWhen = !weekdays.isEmpty() || date != null || !clocks.isEmpty() || part != null;
		if (rank == null) {
			return new Pick(candidates, true, namesWhen);
		}
		List<SlotOption> among = filtered ? candidates : offers;
		SlotOption ranked = rank.in(among);
		if (ranked != null && refusesPosition(tokens)) {
			// "not the first one": the others
			return new Pick(among.stream().filter((option) -> !option.equals(ranked)).toList(), true, namesWhen);
		}
		return new Pick((ranked != null) ? List.of(ranked) : List.of(), true, namesWhen);
	}

	/**
	 * The extractor's reading without what the caller did not say as a day or a time:
	 * "the second" is no April 2nd and "the earlier one" no 1 p.m. A date counts only
	 * when a day was named, a time only when a time was said as one.
	 */
	static Extraction withoutStrayReadings(Extraction heard, String said) {
		boolean strayDate = heard.date() != null && !CALENDAR_WORDS.matcher(said).find()
				&& !DAY_WORDS.matcher(said).find();
		boolean strayTime = heard.time() != null && SpokenClock.clocks(SpokenClock.tokens(said)).isEmpty();
		if (!strayDate && !strayTime) {
			return heard;
		}
		return new Extraction(heard.intent(), strayDate ? null : heard.date(), strayTime ? null : heard.time(), null,
				heard.timeWindow(), heard.dateRange(), heard.durationMin(), heard.name(), heard.phone(),
				heard.service(), heard.confidence(), heard.normalizedText());
	}

	/**
	 * The calendar day the caller named ("tomorrow", "March 10th"), which options must be
	 * on; a weekday alone is matched by weekday instead, since it may mean a later week.
	 */
	static LocalDate calendarDate(Extraction heard, String said) {
		return (heard.date() != null && CALENDAR_WORDS.matcher(said).find()) ? heard.date() : null;
	}

	/**
	 * "the first one", "the second", "the last one": an index into {@code size} options,
	 * or {@code null}.
	 */
	static Integer ordinal(String said, int size) {
		Rank rank = rank(SpokenClock.tokens(said));
		if (rank == null) {
			return null;
		}
		int index = rank.index(size);
		return (index >= 0 && index < size) ? index : null;
	}

	/**
	 * The weekdays named, either those pointed at or, with {@code negated}, those ruled
	 * out ("not Mondays", "any day but Friday", "Tuesdays don't work").
	 */
	static Set<DayOfWeek> weekdays(List<String> tokens, boolean negated) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (int i = 0; i < tokens.size(); i++) {
			DayOfWeek day = weekday(tokens.get(i));
			if (day != null && negated == isNegated(tokens, i)) {
				days.add(day);
			}
		}
		return days;
	}

	private static boolean isNegated(List<String> tokens, int at) {
		boolean plural = tokens.get(at).endsWith("s");
		for (int i = Math.max(0, at - 3); i < at; i++) {
			// "no, Thursday" answers a question and asks for Thursday; "no Mondays" rules
			// them out
			boolean answer = i == 0 && tokens.get(i).equals("no") && !plural;
			if (NEGATIONS.contains(tokens.get(i)) && !answer) {
				return true;
			}
		}
		for (int i = at + 1; i < Math.min(tokens.size(), at + 3); i++) {
			String token = tokens.get(i);
			String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
			if (NEGATIONS_AFTER.contains(token) || (token.matches("is|are") && next.matches("out|bad|no|not|tough"))) {
				return true;
			}
		}
		return false;
	}

	private static DayOfWeek weekday(String token) {
		String day = token.replaceFirst("'?s$", "");
		for (DayOfWeek candidate : DayOfWeek.values()) {
			if (candidate.name().toLowerCase(java.util.Locale.ROOT).equals(day)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean points(List<String> tokens) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if ((tokens.get(i).equals("that") || tokens.get(i).equals("this"))
					&& tokens.get(i + 1).matches("one|time|slot|option")) {
				// "I'd rather not take that one" turns it down, it points at nothing
				return !refusesPointing(tokens, i);
			}
		}
		return false;
	}

	private static boolean refusesPointing(List<String> tokens, int at) {
		for (int i = Math.max(0, at - 4); i < at; i++) {
			boolean answer = i == 0 && tokens.get(i).equals("no");
			if (!answer && (NEGATIONS.contains(tokens.get(i)) || NEGATIONS_AFTER.contains(tokens.get(i)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The position the caller named, if any.
	 */
	private static Rank rank(List<String> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			String token = tokens.get(i);
			String previous = (i > 0) ? tokens.get(i - 1) : "";
			String next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : "";
			String afterNext = (i + 2 < tokens.size()) ? tokens.get(i + 2) : "";
			if (token.matches("number|option|choice") && NUMBERS.containsKey(next)) {
				return Rank.nth(NUMBERS.get(next));
			}
			if (token.equals("first") && next.equals("thing")) {
				// "first thing in the morning": the earliest, not option one
				return Rank.EARLIEST;
			}
			Integer nth = ORDINALS.get(token);
			if (nth == null && token.matches("[1-4]") && next.matches("st|nd|rd|th")) {
				nth = Integer.parseInt(token);
				next = afterNext;
				afterNext = (i + 3 < tokens.size()) ? tokens.get(i + 3) : "";
			}
			boolean early = (nth != null && nth == 1) || token.matches("earliest|soonest");
			if (early && EARLIEST_AFTER.contains(next) && !NOT_A_PICK_BEFORE.contains(previous)) {
				return Rank.EARLIEST;
			}
			if (nth != null && isPick(previous, next, afterNext)) {
				return Rank.nth(nth);
			}
			if (token.matches("last|latter|latest") && isPick(previous, next, afterNext)) {
				return Rank.LATEST;
			}
			if (token.matches("earliest|soonest") && isPick(previous, next, afterNext)) {
				return Rank.EARLIEST;
			}
			if (token.equals("middle") && !next.equals("of")) {
				return Rank.MIDDLE;
			}
			if (token.matches("earlier|sooner|later")
					&& (previous.equals("the") || next.equals("one") || next.equals("of"))) {
				return token.equals("later") ? Rank.LATEST : Rank.EARLIEST;
			}
		}
		return null;
	}

	private static boolean refusesPosition(List<String> tokens) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			if ((tokens.get(i).equals("not") || tokens.get(i).equals("except"))
					&& tokens.get(i + 1).matches("the|that|this|number|option")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPick(String previous, String next, String afterNext) {
		if (SpokenClock.MONTHS.contains(previous) || SpokenClock.MONTHS.contains(next)
				|| NOT_A_PICK_BEFORE.contains(previous) || NOT_A_PICK_AFTER.contains(next)) {
			return false;
		}
		return !(next.equals("of") && (SpokenClock.MONTHS.contains(afterNext) || DATE_AFTER_OF.contains(afterNext)));
	}

	/**
	 * What the caller's words point at among the options.
	 *
	 * @param options the options that fit every feature named
	 * @param named whether the caller named any feature at all
	 * @param namesWhen whether a day, a time or a part of the day was among them
	 */
	record Pick(List<SlotOption> options, boolean named, boolean namesWhen) {

		static final Pick NONE = new Pick(List.of(), false, false);

		boolean isOne() {
			return this.options.size() == 1;
		}

		boolean isSeveral() {
			return this.options.size() > 1;
		}

		/**
		 * A day or time named that none of the options has: a new request.
		 */
		boolean missed() {
			return this.named && this.options.isEmpty();
		}

		/**
		 * The caller narrowed the options by a day or time that none of them has.
		 */
		boolean missedWhen() {
			return missed() && this.namesWhen;
		}

	}

	/**
	 * A position among options: the nth as read, the middle, the earliest or the latest.
	 */
	record Rank(int nth, boolean fromEnd) {

		static final Rank EARLIEST = new Rank(1, false);

		static final Rank LATEST = new Rank(1, true);

		static final Rank MIDDLE = new Rank(0, false);

		static Rank nth(int nth) {
			return new Rank(nth, false);
		}

		int index(int size) {
			if (this.nth == 0) {
				return (size == 3) ? 1 : -1;
			}
			return this.fromEnd ? size - this.nth : this.nth - 1;
		}

		SlotOption in(List<SlotOption> options) {
			List<SlotOption> ordered = options.stream().sorted(Comparator.comparing(SlotOption::startsAt)).toList();
			List<SlotOption> list = (this.nth == 1) ? ordered : options;
			int index = index(list.size());
			return (index >= 0 && index < list.size()) ? list.get(index) : null;
		}

	}

	/**
	 * The part of the day an option is pointed at by: "the morning one".
	 */
	enum PartOfDay {

		MORNING(LocalTime.MIN, LocalTime.NOON), AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
		EVENING(LocalTime.of(17, 0), LocalTime.MAX);

		private final LocalTime from;

		private final LocalTime to;

		PartOfDay(LocalTime from, LocalTime to) {
			this.from = from;
			this.to = to;
		}

		boolean holds(LocalTime time) {
			return !time.isBefore(this.from) && time.isBefore(this.to);
		}

		static PartOfDay in(List<String> tokens) {
			for (String token : tokens) {
				switch (token) {
					case "morning" -> {
						return MORNING;
					}
					case "afternoon" -> {
						return AFTERNOON;
					}
					case "evening", "night" -> {
						return EVENING;
					}
					default -> {
					}
				}
			}
			return null;
		}

	}

}
