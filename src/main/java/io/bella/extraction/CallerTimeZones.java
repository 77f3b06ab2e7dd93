package io.bella.extraction;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The time zones a caller's number belongs to, from its area code, so that the dialogue
 * can tell a caller from Vancouver that 10 o'clock is clinic time.
 */
public final class CallerTimeZones {

	private static final String UNKNOWN = "Etc/Unknown";

	private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

	private final PhoneNumberToTimeZonesMapper mapper = PhoneNumberToTimeZonesMapper.getInstance();

	/**
	 * Every zone the number's prefix is known to cover, most likely first; empty if
	 * unknown.
	 */
	public List<ZoneId> zones(String phone) {
		if (phone == null || phone.isBlank() || "anonymous".equalsIgnoreCase(phone.strip())) {
			return List.of();
		}
		try {
			PhoneNumber number = this.phoneNumbers.parse(phone, PhoneReader.REGION);
			List<ZoneId> zones = new ArrayList<>();
			for (String id : this.mapper.getTimeZonesForNumber(number)) {
				if (!UNKNOWN.equals(id)) {
					zones.add(ZoneId.of(id));
				}
			}
			return zones;
		}
		catch (NumberParseException | DateTimeException ex) {
			return List.of();
		}
	}

	/** The single likely zone of the caller, or empty when unknown. */
	public Optional<ZoneId> likelyZone(String phone) {
		List<ZoneId> zones = zones(phone);
		return zones.isEmpty() ? Optional.empty() : Optional.of(zones.get(0));
	}

}
