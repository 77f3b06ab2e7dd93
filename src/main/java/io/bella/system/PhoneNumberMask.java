package io.bella.system;

/**
 * Hides the middle of a phone number so that logs can tell numbers apart without holding
 * a patient's number: {@code +14165550123} becomes {@code +1416***0123}.
 */
public final class PhoneNumberMask {

	private PhoneNumberMask() {
	}

	public static String mask(String phone) {
		if (phone == null || phone.isBlank()) {
			return "(none)";
		}
		String trimmed = phone.strip();
		if (trimmed.length() <= 8) {
			return "***" + trimmed.substring(Math.max(0, trimmed.length() - 2));
		}
		return trimmed.substring(0, 5) + "***" + trimmed.substring(trimmed.length() - 4);
	}

}
