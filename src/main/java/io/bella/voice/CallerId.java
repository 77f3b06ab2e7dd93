package io.bella.voice;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Twilio's caller ID and keeps phone numbers out of the logs.
 */
final class CallerId {

	static final String ANONYMOUS = "anonymous";

	// what Twilio puts in From when the caller's number is withheld or unavailable
	private static final Set<String> WITHHELD = Set.of("anonymous", "unknown", "restricted", "private", "unavailable",
			"blocked", "+266696687", "+86282452253", "+7378742833", "+2562533", "+8656696");

	private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{7,15}");

	private CallerId() {
	}

	/**
	 * The caller's number as Twilio sent it (E.164), or {@value #ANONYMOUS}.
	 */
	static String of(String from) {
		if (from == null) {
			return ANONYMOUS;
		}
		String trimmed = from.trim();
		if (WITHHELD.contains(trimmed.toLowerCase(Locale.ROOT)) || !NUMBER.matcher(trimmed).matches()) {
			return ANONYMOUS;
		}
		return trimmed.startsWith("+") ? trimmed : "+" + trimmed;
	}

	/**
	 * A number fit for a log line: the country code and the last two digits.
	 */
	static String mask(String number) {
		if (number == null || !NUMBER.matcher(number).matches()) {
			return String.valueOf(number);
		}
		String digits = number.startsWith("+") ? number.substring(1) : number;
		String country = digits.startsWith("1") ? "+1" : "+" + digits.charAt(0);
		return country + "*".repeat(digits.length() - country.length() - 1) + digits.substring(digits.length() - 2);
	}

}
