package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.bella.dialogue.CallerGoal.Kind;
import io.bella.dialogue.CallerGoal.OnFile;
import io.bella.dialogue.CallerGoal.Question;
import io.bella.dialogue.CallerGoal.Style;
import io.bella.dialogue.CallerGoal.Want;

/**
 * Draws the suite's callers from a model of who phones a dental clinic: every kind of
 * request crossed with the ways of saying it that issue 12 names, each caller with its
 * own number, name, visit and times, all from one fixed seed so every run meets the same
 * callers. Days are in the two weeks after Monday, March 9th 2026 (the suite's "today"),
 * times on the clinic's 15-minute grid inside its hours.
 */
final class CallerModel {

	static final long SEED = 20260309L;

	static final LocalDate TODAY = LocalDate.of(2026, 3, 9);

	static final int PER_KIND = 28;

	private static final Map<Kind, List<Style>> STYLES = Map.ofEntries(
			Map.entry(Kind.BOOK_AT,
					List.of(Style.PLAIN, Style.ACTION_YES, Style.HEDGE, Style.CORRECTION, Style.SERVICE_WORDS,
							Style.SPELLED_NAME, Style.PHONE_STYLE)),
			Map.entry(Kind.BOOK_WINDOW,
					List.of(Style.PLAIN, Style.ORDINAL_WORDS, Style.OFFER_CONSTRAINT, Style.HEDGE, Style.PHONE_STYLE,
							Style.SERVICE_WORDS, Style.SPELLED_NAME)),
			Map.entry(Kind.BOOK_ASAP,
					List.of(Style.PLAIN, Style.ORDINAL_WORDS, Style.OFFER_CONSTRAINT, Style.PHONE_STYLE,
							Style.ACTION_YES, Style.SERVICE_WORDS)),
			Map.entry(Kind.MOVE,
					List.of(Style.PLAIN, Style.ACTION_YES, Style.HEDGE, Style.CORRECTION, Style.PHONE_STYLE)),
			Map.entry(Kind.MOVE_OF_TWO,
					List.of(Style.PLAIN, Style.ACTION_YES, Style.CORRECTION, Style.ORDINAL_WORDS, Style.PHONE_STYLE)),
			Map.entry(Kind.CANCEL,
					List.of(Style.PLAIN, Style.ACTION_YES, Style.HEDGE, Style.CORRECTION, Style.PHONE_STYLE)),
			Map.entry(Kind.QUESTION_THEN_BOOK, List.of(Style.PLAIN, Style.PHONE_STYLE, Style.HEDGE)),
			Map.entry(Kind.EMERGENCY_OPEN, List.of(Style.PLAIN, Style.PHONE_STYLE)),
			Map.entry(Kind.EMERGENCY_CLOSED, List.of(Style.PLAIN, Style.PHONE_STYLE, Style.SPELLED_NAME)),
			Map.entry(Kind.REACH_PERSON, List.of(Style.PLAIN, Style.PHONE_STYLE)),
			Map.entry(Kind.CHANGE_OF_MIND, List.of(Style.PLAIN, Style.CORRECTION, Style.PHONE_STYLE, Style.ACTION_YES)),
			Map.entry(Kind.REFUSE_THEN_PICK,
					List.of(Style.PLAIN, Style.ORDINAL_WORDS, Style.OFFER_CONSTRAINT, Style.PHONE_STYLE, Style.HEDGE)));

	private static final List<String> NAMES = List.of("Emily Roy", "Noah Gagnon", "Olivia Martin", "Liam Chen",
			"Chloe Bouchard", "Ethan Singh", "Maya Patel", "Lucas Morin", "Zoe Campbell", "Owen Fraser", "Ava Leblanc",
			"Jacob Wong", "Leah Cote", "Nathan Kim", "Sophie Gauthier", "Ryan Murphy", "Hannah Lee", "Samuel Ouellet",
			"Grace Nguyen", "Daniel Boucher");

	/**
	 * Names callers spell out: apostrophes, "Mc", hyphens, a letter that could be
	 * another.
	 */
	static final List<String> SPELLED_NAMES = List.of("Siobhan O'Sullivan", "Sean McKenna", "Anne-Marie Leblanc",
			"Catherine Dubois", "Niamh O'Brien", "Kayla McDonald", "Jean-Luc Pelletier", "Krystal Nowak");

	private static final List<LocalTime> CHECKUP_TIMES = times("09:00", "09:30", "10:00", "10:30", "11:00", "13:30",
			"14:00", "14:30", "15:00", "15:30", "16:00");

	private static final List<LocalTime> CLEANING_TIMES = times("09:00", "09:30", "10:00", "13:00", "14:00", "14:30",
			"15:00");

	/**
	 * Weekdays of the two weeks after "today", Saturdays aside (one provider, mornings).
	 */
	private static final List<LocalDate> DAYS = List.of(TODAY.plusDays(1), TODAY.plusDays(2), TODAY.plusDays(3),
			TODAY.plusDays(4), TODAY.plusDays(8), TODAY.plusDays(9), TODAY.plusDays(10), TODAY.plusDays(11));

	private static final List<Want> WINDOWS = List.of(
			new Want(null, null, null, LocalTime.of(9, 0), LocalTime.NOON, null),
			new Want(null, null, null, LocalTime.of(13, 0), LocalTime.of(17, 0), null),
			new Want(null, null, null, LocalTime.of(15, 0), LocalTime.of(17, 0), null),
			new Want(null, null, null, LocalTime.of(13, 0), LocalTime.of(15, 0), null));

	private CallerModel() {
	}

	/**
	 * The suite's callers: {@link #PER_KIND} of each kind.
	 */
	static List<CallerGoal> callers() {
		List<CallerGoal> callers = new ArrayList<>();
		Kind[] kinds = Kind.values();
		for (int i = 0; i < PER_KIND * kinds.length; i++) {
			callers.add(caller(i, kinds[i % kinds.length]));
		}
		return callers;
	}

	static CallerGoal caller(int id, Kind kind) {
		Random random = new Random(SEED * 31 + id);
		List<Style> styles = STYLES.get(kind);
		Style style = styles.get((id / Kind.values().length + random.nextInt(2)) % styles.size());
		boolean closed = switch (kind) {
			case EMERGENCY_CLOSED -> true;
			case EMERGENCY_OPEN -> false;
			case REACH_PERSON -> random.nextBoolean();
			default -> random.nextInt(6) == 0;
		};
		String phone = String.format("+1647555%04d", 1000 + id);
		boolean changing = kind == Kind.MOVE || kind == Kind.MOVE_OF_TWO || kind == Kind.CANCEL;
		int who = random.nextInt(100);
		boolean anonymous = changing ? who < 25 : who < 20;
		boolean known = !anonymous && style != Style.SPELLED_NAME && (changing || who < 65);
		String name = (style == Style.SPELLED_NAME) ? pick(random, SPELLED_NAMES) : pick(random, NAMES);
		String type = random.nextBoolean() ? "checkup" : "cleaning";
		List<OnFile> onFile = new ArrayList<>();
		int target = -1;
		if (changing) {
			int count = (kind == Kind.MOVE_OF_TWO || (kind == Kind.CANCEL && random.nextBoolean())) ? 2 : 1;
			onFile.add(new OnFile("cleaning", TODAY.plusDays(2).atTime(9, 0)));
			onFile.add(new OnFile("checkup", TODAY.plusDays(4).atTime(11, 0)));
			if (count == 1) {
				onFile.remove(random.nextInt(2));
			}
			target = random.nextInt(count);
			type = onFile.get(target).type();
		}
		Want want = want(kind, style, type, random);
		Want mind = null;
		if (kind == Kind.CHANGE_OF_MIND) {
			LocalDate other = DAYS.stream().filter((day) -> !day.equals(want.from())).toList().get(random.nextInt(7));
			mind = Want.at(other.atTime(pick(random, timesFor(type))));
		}
		Question question = (kind == Kind.QUESTION_THEN_BOOK) ? pick(random, List.of(Question.values())) : null;
		if (kind == Kind.EMERGENCY_CLOSED) {
			type = "emergency";
		}
		return new CallerGoal(id, kind, style, closed, anonymous ? "anonymous" : phone, phone, name, known, type, want,
				mind, List.copyOf(onFile), target, question);
	}

	private static Want want(Kind kind, Style style, String type, Random random) {
		LocalDate day = pick(random, DAYS);
		switch (kind) {
			case BOOK_ASAP -> {
				if (style == Style.OFFER_CONSTRAINT) {
					return Want.days(TODAY, TODAY.plusDays(9), DayOfWeek.MONDAY);
				}
				return Want.days(TODAY, TODAY.plusDays(2), null);
			}
			case BOOK_WINDOW, REFUSE_THEN_PICK -> {
				Want window = pick(random, WINDOWS);
				return Want.window(day, window.after(), window.before());
			}
			case EMERGENCY_CLOSED -> {
				return Want.window(TODAY.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0));
			}
			case EMERGENCY_OPEN, REACH_PERSON, CANCEL -> {
				return Want.NONE;
			}
			case MOVE, MOVE_OF_TWO -> {
				// a day with nothing on file, so the move never meets the caller's other
				// visit
				LocalDate free = List.of(TODAY.plusDays(1), TODAY.plusDays(3), TODAY.plusDays(8), TODAY.plusDays(9))
					.get(random.nextInt(4));
				if (style == Style.HEDGE && random.nextBoolean()) {
					Want window = pick(random, WINDOWS);
					return Want.window(free, window.after(), window.before());
				}
				return Want.at(free.atTime(pick(random, timesFor(type))));
			}
			default -> {
				return Want.at(day.atTime(pick(random, timesFor(type))));
			}
		}
	}

	static List<LocalTime> timesFor(String type) {
		return type.equals("cleaning") ? CLEANING_TIMES : CHECKUP_TIMES;
	}

	private static <T> T pick(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static List<LocalTime> times(String... times) {
		return java.util.Arrays.stream(times).map(LocalTime::parse).toList();
	}

}
