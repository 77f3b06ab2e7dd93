package io.bella.messaging;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes the reminder text: the clinic, the visit's weekday, date and time in the
 * clinic's zone, the provider and what to reply, in one GSM-7 segment where possible.
 * Names are written in the GSM alphabet where they can be (accents it lacks dropped,
 * typographic quotes straightened); a text still too long drops the provider's title (a
 * first word ending in a period, as in {@code Dr.}), then the provider. The reply words
 * are never STOP, CANCEL, YES, START or END, which carriers and Twilio take as opt-out
 * and opt-in keywords.
 */
final class ReminderText {

	static final String REPLY = "Reply C to confirm or R to reschedule; call us to cancel";

	private ReminderText() {
	}

	static String write(String clinicName, String providerName, Instant startsAt, ZoneId zone) {
		String clinic = gsm(clinicName.strip());
		String provider = gsm(providerName.strip());
		String when = ConfirmationMessages.when(startsAt, zone);
		List<String> texts = List.of(withProvider(clinic, provider, when),
				withProvider(clinic, withoutTitle(provider), when),
				clinic + ": reminder of your visit on " + when + ". " + REPLY);
		return texts.stream().filter(ReminderText::oneGsmSegment).findFirst().orElse(texts.get(0));
	}

	private static String withProvider(String clinic, String provider, String when) {
		return clinic + ": reminder of your visit with " + provider + " on " + when + ". " + REPLY;
	}

	static boolean oneGsmSegment(String text) {
		SmsSegments.Count count = SmsSegments.of(text);
		return count.segments() == 1 && !count.unicode();
	}

	static String withoutTitle(String provider) {
		int space = provider.indexOf(' ');
		return (space > 0 && provider.charAt(space - 1) == '.') ? provider.substring(space + 1).strip() : provider;
	}

	// each character outside the GSM alphabet replaced by its plain form when that is in
	// it (ô by o, ’ by '), else kept: the text then goes as UCS-2
	static String gsm(String name) {
		StringBuilder written = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			String plain = switch (c) {
				case '\u2018', '\u2019' -> "'";
				case '\u201C', '\u201D' -> "\"";
				case '\u2013', '\u2014' -> "-";
				default -> Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			};
			written.append((SmsSegments.isGsm(c) || plain.isEmpty() || !SmsSegments.isGsm(plain.charAt(0))) ? c
					: plain.charAt(0));
		}
		return written.toString();
	}

}
