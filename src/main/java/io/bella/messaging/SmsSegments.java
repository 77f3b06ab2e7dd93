package io.bella.messaging;

/**
 * How many SMS segments a text takes, as carriers and Twilio count them: a text whose
 * every character is in the GSM-7 alphabet takes 160 characters in one segment and 153 in
 * each of several (the rest holds the concatenation header), the characters of the
 * alphabet's extension table ({@code €}, {@code [}, {@code ^}, …) counting twice; any
 * other character makes the whole text UCS-2, 70 in one segment and 67 in each of
 * several, counted in UTF-16 units (an emoji takes two).
 */
final class SmsSegments {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

	private static final int GSM_SINGLE = 160;

	private static final int GSM_PART = 153;

	private static final int UCS2_SINGLE = 70;

	private static final int UCS2_PART = 67;

	private SmsSegments() {
	}

	/**
	 * The segments of a text.
	 * @param body the text
	 * @return its segments and whether it must be sent as UCS-2
	 */
	static Count of(String body) {
		String text = (body != null) ? body : "";
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_BASIC.indexOf(c) >= 0) {
				septets++;
			}
			else if (GSM_EXTENSION.indexOf(c) >= 0) {
				septets += 2;
			}
			else {
				return new Count(segments(text.length(), UCS2_SINGLE, UCS2_PART), true);
			}
		}
		return new Count(segments(septets, GSM_SINGLE, GSM_PART), false);
	}

	/**
	 * Whether a character is in the GSM-7 alphabet, its extension table included.
	 */
	static boolean isGsm(char c) {
		return GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENSION.indexOf(c) >= 0;
	}

	private static int segments(int units, int single, int part) {
		if (units <= single) {
			return 1;
		}
		return (units + part - 1) / part;
	}

	/**
	 * A text's segments.
	 *
	 * @param segments how many
	 * @param unicode whether it is sent as UCS-2
	 */
	record Count(int segments, boolean unicode) {
	}

}
