package io.bella.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bella.dialogue.CallSession.SlotOption;

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
		return withArticle(name);
	}

	/**
	 * "cleaning", "emergency visit"; "appointment" when the kind is not known.
	 */
	static String kind(String typeName) {
		return (typeName != null) ? visit(typeName).replaceFirst("^an? ", "") : "appointment";
	}

	/**
	 * "a checkup", "an appointment".
	 */
	static String withArticle(String words) {
		return (("aeiou".indexOf(words.charAt(0)) >= 0) ? "an " : "a ") + words;
	}

	/**
	 * "Tuesday, March 10th at 10 a.m.".
	 */
	static String when(Instant instant, ZoneId zone) {
		ZonedDateTime local = instant.atZone(zone);
		return date(local.toLocalDate()) + " at " + time(local.toLocalTime());
	}

	/**
	 * "Tuesday, March 10th at 10 a.m. with Dr. Ng"; without the provider when the name is
	 * not known.
	 */
	static String slot(SlotOption option, ZoneId zone, Map<Long, String> providerNames) {
		return withProvider(when(option.startsAt(), zone), providerNames.get(option.providerId()));
	}

	/**
	 * Options on the same day share the date: "Tuesday, March 10th at 10 a.m. with Dr.
	 * Ng, or at 2 p.m. with Dr. Patel".
	 */
	static String slots(List<SlotOption> options, ZoneId zone, Map<Long, String> providerNames) {
		List<String> parts = new ArrayList<>();
		LocalDate previous = null;
		for (SlotOption option : options) {
			ZonedDateTime local = option.startsAt().atZone(zone);
			LocalDate date = local.toLocalDate();
			String time = withProvider("at " + time(local.toLocalTime()), providerNames.get(option.providerId()));
			parts.add(date.equals(previous) ? time : date(date) + " " + time);
			previous = date;
		}
		return either(parts);
	}

	/**
	 * "cleaning on Tuesday, March 10th at 10 a.m. with Dr. Ng".
	 */
	static String appointment(String kind, Instant startsAt, ZoneId zone, String provider) {
		return withProvider(kind + " on " + when(startsAt, zone), provider);
	}

	/**
	 * How the caller can pick among so many options: "the first or the second one".
	 */
	static String ordinalChoices(int size) {
		List<String> choices = List.of("the first", "the second", "the third", "the fourth")
			.subList(0, Math.min(size, 4));
		return either(choices) + " one";
	}

	private static String withProvider(String words, String provider) {
		return words + ((provider != null) ? " with " + provider : "");
	}

}
