package io.bella.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How the suite's scripted callers say days, times, numbers and names: in digits as
 * people write, or in words as a recognizer transcribes the phone, with the variety of
 * real callers drawn from a seeded random source.
 */
final class CallerWords {

	private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
			"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
			"eighteen", "nineteen");

	private static final List<String> ORDINAL_UNITS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
			"sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
			"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");

	private final Random random;

	private final boolean spoken;

	private final LocalDate today;

	CallerWords(Random random, boolean spoken, LocalDate today) {
		this.random = random;
		this.spoken = spoken;
		this.today = today;
	}

	<T> T any(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	static String number(int n) {
		if (n < 20) {
			return UNITS.get(n);
		}
		String tens = List.of("", "", "twenty", "thirty", "forty", "fifty").get(n / 10);
		return (n % 10 == 0) ? tens : tens + " " + UNITS.get(n % 10);
	}

	static String ordinalWord(int n) {
		if (n < 20) {
			return ORDINAL_UNITS.get(n);
		}
		if (n % 10 == 0) {
			return number(n).replaceFirst("y$", "ieth");
		}
		return number(n - n % 10) + " " + ORDINAL_UNITS.get(n % 10);
	}

	static String ordinal(int day) {
		return SpokenForms.ordinal(day);
	}

	static String weekday(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CANADA);
	}

	/**
	 * A day as callers say it: "tomorrow", "Thursday", "March 12th", "the twelfth".
	 */
	String day(LocalDate date) {
		String weekday = weekday(date);
		String dayOfMonth = this.spoken ? ordinalWord(date.getDayOfMonth()) : ordinal(date.getDayOfMonth());
		long ahead = date.toEpochDay() - this.today.toEpochDay();
		List<String> ways = new java.util.ArrayList<>(List.of(weekday + " the " + dayOfMonth, "March " + dayOfMonth,
				"on the " + dayOfMonth, "on " + dayOfMonth + " of this month"));
		if (ahead == 1) {
			ways.add("tomorrow");
			ways.add("tomorrow");
		}
		if (ahead > 0 && ahead < 7 && date.getDayOfWeek() != DayOfWeek.MONDAY) {
			ways.add(weekday);
			ways.add("this " + weekday);
		}
		return any(ways);
	}

	/**
	 * A clock time: "10", "2:30 p.m.", "half past two", "ten thirty in the morning".
	 */
	String time(LocalTime time) {
		int hour12 = (time.getHour() % 12 == 0) ? 12 : time.getHour() % 12;
		boolean pm = time.getHour() >= 12;
		int minute = time.getMinute();
		if (this.spoken) {
			String hour = number(hour12);
			String clock = switch (minute) {
				case 0 -> any(List.of(hour, hour + " o'clock"));
				case 15 -> any(List.of("quarter past " + hour, hour + " fifteen"));
				case 30 -> any(List.of("half past " + hour, hour + " thirty"));
				default -> any(List.of("quarter to " + number(hour12 % 12 + 1), hour + " forty five"));
			};
			return clock + any(List.of(pm ? " p m" : " a m", pm ? " in the afternoon" : " in the morning", ""));
		}
		String clock = hour12 + ((minute == 0) ? "" : String.format(":%02d", minute));
		return clock + any(List.of(pm ? " p.m." : " a.m.", pm ? "pm" : "am", pm ? " in the afternoon" : "",
				pm ? " PM" : " in the morning"));
	}

	/**
	 * A time as a pick among offers: "2:30", "two thirty", "10 o'clock".
	 */
	String clock(LocalTime time) {
		int hour12 = (time.getHour() % 12 == 0) ? 12 : time.getHour() % 12;
		if (this.spoken) {
			return number(hour12)
					+ ((time.getMinute() == 0) ? any(List.of(" o'clock", "")) : " " + number(time.getMinute()));
		}
		return hour12 + ((time.getMinute() == 0) ? any(List.of(" o'clock", ":00")) : ":" + time.getMinute());
	}

	/**
	 * The number in groups as people say it, digits or words.
	 */
	String phone(String e164) {
		String digits = e164.substring(e164.length() - 10);
		if (!this.spoken && chance(50)) {
			return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6);
		}
		StringBuilder words = new StringBuilder();
		for (char digit : digits.toCharArray()) {
			if (!words.isEmpty()) {
				words.append(' ');
			}
			words.append((digit == '0' && chance(30)) ? "oh" : UNITS.get(digit - '0'));
		}
		return words.toString();
	}

	/**
	 * What a recognizer makes of a sentence on the phone: lower case, no punctuation, a
	 * filler now and then, and "for"/"to" heard as the numbers.
	 */
	String transcribed(String sentence) {
		String text = sentence.toLowerCase(Locale.ROOT).replaceAll("[,.?!]", "").replaceAll("\\s+", " ").trim();
		if (chance(35)) {
			text = any(List.of("um ", "uh ", "yeah um ", "so ")) + text;
		}
		if (chance(25)) {
			text = text.replaceFirst(" for ", " four ");
		}
		if (chance(20)) {
			text = text.replaceFirst(" to ", " two ");
		}
		return text;
	}

}
