package io.bella.calendar;

import java.nio.charset.StandardCharsets;

/**
 * The id Bella gives the Google event of an appointment, chosen before the first insert
 * so that an insert tried again finds the event it made rather than making a second:
 * {@code bella} followed by the appointment's id in base32hex (RFC 4648, section 7),
 * lower case and unpadded, which is the alphabet Google allows in event ids ({@code a-v}
 * and {@code 0-9}).
 */
final class EventIds {

	private static final String PREFIX = "bella";

	private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuv".toCharArray();

	private EventIds() {
	}

	static String of(long appointmentId) {
		return PREFIX + base32Hex(Long.toString(appointmentId).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Base32 with the extended hex alphabet, lower case, without padding.
	 */
	static String base32Hex(byte[] bytes) {
		StringBuilder encoded = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (byte each : bytes) {
			buffer = (buffer << 8) | (each & 0xff);
			bits += 8;
			while (bits >= 5) {
				encoded.append(ALPHABET[(buffer >> (bits - 5)) & 0x1f]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			encoded.append(ALPHABET[(buffer << (5 - bits)) & 0x1f]);
		}
		return encoded.toString();
	}

}
