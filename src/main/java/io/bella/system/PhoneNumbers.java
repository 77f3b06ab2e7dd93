package io.bella.system;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Bella's one reading of phone numbers: E.164 with libphonenumber in the configured
 * region, Twilio's caller ID, the form a person reads, and the masked form a log line may
 * hold.
 */
@Component
public class PhoneNumbers {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** libphonenumber's region for "only numbers written with their country code". */
	private static final String UNKNOWN_REGION = "ZZ";

	// what Twilio puts in From when the caller's number is withheld or unavailable
	private static final Set<String> WITHHELD = Set.of("anonymous", "unknown", "restricted", "private", "unavailable",
			"blocked", "+266696687", "+86282452253", "+7378742833", "+2562533", "+8656696");

	private static final Pattern CALLER_ID = Pattern.compile("\\+?[0-9]{7,15}");

	private static final int LONGEST_INPUT = 32;

	// seven digits or more, possibly with a plus, spaces, dots, dashes and brackets
	private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d[\\d\\s().-]{5,}\\d");

	private final String region;

	private final ObjectProvider<ClinicPhoneRegion> clinicRegion;

	public PhoneNumbers(PhoneProperties properties) {
		this(properties, null);
	}

	@Autowired
	public PhoneNumbers(PhoneProperties properties, ObjectProvider<ClinicPhoneRegion> clinicRegion) {
		String region = supportedRegion(properties.region())
			.orElseThrow(() -> new IllegalArgumentException("bella.phone.region (BELLA_PHONE_REGION) '"
					+ properties.region() + "' is not a region with a numbering plan, such as CA, US or GB"));
		this.region = region;
		this.clinicRegion = clinicRegion;
	}

	/**
	 * The region in upper case when libphonenumber has a numbering plan for it
	 * ({@code ca} becomes {@code CA}).
	 */
	public static Optional<String> supportedRegion(String region) {
		String code = (region != null) ? region.strip().toUpperCase(Locale.ROOT) : "";
		return UTIL.getSupportedRegions().contains(code) ? Optional.of(code) : Optional.empty();
	}

	/**
	 * The region a number without a country code is read in: the clinic's when it has
	 * one, else the configured one.
	 */
	public String region() {
		ClinicPhoneRegion clinic = (this.clinicRegion != null) ? this.clinicRegion.getIfAvailable() : null;
		if (clinic != null) {
			try {
				return clinic.phoneRegion().orElse(this.region);
			}
			catch (RuntimeException ex) {
				// the clinic's set-up cannot be read now; the configured region still
				// holds
				return this.region;
			}
		}
		return this.region;
	}

	/**
	 * The number in E.164 when it is a valid number, read in the {@link #region()} when
	 * it has no country code.
	 */
	public Optional<String> e164(String number) {
		return parse(number, region());
	}

	/**
	 * The number in E.164 when it is a valid number, read in {@code region} when it has
	 * no country code.
	 */
	public static Optional<String> e164(String number, String region) {
		return parse(number, region);
	}

	/**
	 * The number in E.164 when it is a valid number written with its country code
	 * ({@code +44 20 7183 8750}); whatever the configured region.
	 */
	public static Optional<String> international(String number) {
		return parse(number, UNKNOWN_REGION);
	}

	/**
	 * The caller's number from Twilio's {@code From}: E.164, or empty when the number is
	 * withheld, unavailable or not a valid phone number (a SIP or client address). Twilio
	 * sends numbers with their country code; one without the {@code +} is read as if it
	 * had it.
	 */
	public static Optional<String> callerId(String twilioFrom) {
		if (twilioFrom == null) {
			return Optional.empty();
		}
		String from = twilioFrom.strip();
		if (WITHHELD.contains(from.toLowerCase(Locale.ROOT)) || !CALLER_ID.matcher(from).matches()) {
			return Optional.empty();
		}
		return international(from.startsWith("+") ? from : "+" + from);
	}

	/**
	 * The number as a person reads it in a text: national form for numbers of the
	 * configured region's country ({@code (416) 555-0100}), international form for the
	 * others ({@code +44 20 7183 8750}); unchanged when it is not a number.
	 */
	public String readable(String number) {
		if (number == null) {
			return null;
		}
		String home = region();
		try {
			PhoneNumber parsed = UTIL.parse(number, home);
			return UTIL.format(parsed, (parsed.getCountryCode() == UTIL.getCountryCodeForRegion(home))
					? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return number;
		}
	}

	/**
	 * A number fit for a log line or an error message: the country code and the last two
	 * digits ({@code +14165550123} becomes {@code +1********23}), so that lines about one
	 * caller can be told apart without holding their number. A value without digits (such
	 * as {@code anonymous}) is kept; a missing one is {@code (none)}.
	 */
	public static String mask(String number) {
		if (number == null || number.isBlank()) {
			return "(none)";
		}
		String value = number.strip();
		String digits = value.replaceAll("[^0-9]", "");
		if (digits.isEmpty()) {
			return value;
		}
		String country = value.startsWith("+") ? countryCode(value) : "";
		int hidden = digits.length() - country.length() - 2;
		if (hidden < 2) {
			return "*".repeat(digits.length());
		}
		return (country.isEmpty() ? "" : "+" + country) + "*".repeat(hidden) + digits.substring(digits.length() - 2);
	}

	/**
	 * A text with everything in it that looks like a phone number masked as
	 * {@link #mask(String)} does, for messages that may quote one (a database's error
	 * quoting a statement's values, a remote system's answer).
	 */
	public static String maskWithin(String text) {
		if (text == null) {
			return null;
		}
		return PHONE_LIKE.matcher(text).replaceAll((match) -> Matcher.quoteReplacement(mask(match.group())));
	}

	private static String countryCode(String number) {
		try {
			return String.valueOf(UTIL.parse(number, UNKNOWN_REGION).getCountryCode());
		}
		catch (NumberParseException ex) {
			return "";
		}
	}

	private static Optional<String> parse(String number, String region) {
		if (number == null || number.isBlank() || number.length() > LONGEST_INPUT) {
			return Optional.empty();
		}
		try {
			PhoneNumber parsed = UTIL.parse(number, region);
			return UTIL.isValidNumber(parsed) ? Optional.of(UTIL.format(parsed, PhoneNumberFormat.E164))
					: Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

}
