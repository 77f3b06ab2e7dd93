package io.bella.dialogue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * How dates, times, phone numbers and names are written so that a text-to-speech voice
 * reads them naturally: words and numbers only, no symbols.
 */
final class SpokenForms {

	private SpokenForms() {
	}

	/**
	 * "Tuesday, March 10th".
	 */
	static String date(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CANADA) + ", "
				+ date.getMonth().getDisplayName(TextStyle.FULL, Locale.CANADA) + " " + ordinal(date.getDayOfMonth());
	}

	/**
	 * "10 a.m.", "2:30 p.m.", "noon".
	 */
	static String time(LocalTime time) {
		if (time.getHour() == 12 && time.getMinute() == 0) {
			return "noon";
		}
		int hour = time.getHour() % 12;
		String clock = ((hour == 0) ? 12 : hour)
				+ ((time.getMinute() == 0) ? "" : String.format(":%02d", time.getMinute()));
		return clock + ((time.getHour() < 12) ? " a.m." : " p.m.");
	}

	static String ordinal(int day) {
		if (day % 100 >= 11 && day % 100 <= 13) {
			return day + "th";
		}
		return switch (day % 10) {
			case 1 -> day + "st";
			case 2 -> day + "nd";
			case 3 -> day + "rd";
			default -> day + "th";
		};
	}

	/**
	 * A North American number in E.164 read in its groups, "4 1 6, 5 5 5, 0 1 2 3"; other
	 * numbers digit by digit.
	 */
	static String phone(String e164) {
		String digits = e164.replaceAll("\\D", "");
		if (digits.length() == 11 && digits.startsWith("1")) {
			digits = digits.substring(1);
		}
		if (digits.length() == 10) {
			return spaced(digits.substring(0, 3)) + ", " + spaced(digits.substring(3, 6)) + ", "
					+ spaced(digits.substring(6));
		}
		return spaced(digits);
	}

	private static String spaced(String digits) {
		return String.join(" ", digits.split(""));
	}

	/**
	 * "Dr. Sarah Ng" becomes "Dr. Ng", as a receptionist would say it.
	 */
	static String provider(String name) {
		String[] words = name.trim().split("\\s+");
		if (words.length >= 3 && words[0].toLowerCase(Locale.ROOT).startsWith("dr")) {
			return words[0] + " " + words[words.length - 1];
		}
		return name.trim();
	}

	/**
	 * The first word of a name, to address the caller.
	 */
	static String firstName(String name) {
		return name.trim().split("\\s+")[0];
	}

	/**
	 * "a, b, or c".
	 */
	static String either(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		if (items.size() == 2) {
			return items.get(0) + " or " + items.get(1);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + ", or " + items.get(items.size() - 1);
	}

	/**
	 * "a and b", "a, b, and c".
	 */
	static String both(List<String> items) {
		if (items.size() <= 1) {
			return String.join("", items);
		}
		if (items.size() == 2) {
			return items.get(0) + " and " + items.get(1);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
	}

	/**
	 * "a cleaning", "an emergency visit".
	 */
	static String visit(String typeName) {
		if (typeName == null) {
			return "an appointment";
		}
		String name = typeName.trim().toLowerCase(Locale.ROOT);
		if (name.equals("emergency")) {
			name = "emergency visit";
		}
		return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}

}
