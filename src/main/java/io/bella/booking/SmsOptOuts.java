package io.bella.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import io.bella.system.PhoneNumbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Which phone numbers opted out of texts. A number opts out (STOP, or Twilio refusing a
 * text with 21610) and back in (START) as a whole: every patient registered on it
 * follows, since a family sharing a phone shares what it receives.
 */
@Service
public class SmsOptOuts {

	private final JdbcClient jdbc;

	private final PhoneNumbers phoneNumbers;

	SmsOptOuts(JdbcClient jdbc, PhoneNumbers phoneNumbers) {
		this.jdbc = jdbc;
		this.phoneNumbers = phoneNumbers;
	}

	/**
	 * Whether texts to the number are refused: a patient on it opted out.
	 * @param phone the number, E.164 or as a caller ID gives it
	 * @return {@code false} also for a number that is not a phone number
	 */
	public boolean isOptedOut(String phone) {
		Optional<String> e164 = e164(phone);
		return e164.isPresent() && this.jdbc.sql("SELECT COUNT(*) FROM patient WHERE phone = ? AND sms_opt_out")
			.param(e164.get())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Opts every patient on the number out; those opted out already keep their time.
	 * @return how many patients were opted out now
	 */
	public int optOut(String phone, Instant at) {
		return e164(phone)
			.map((number) -> this.jdbc
				.sql("UPDATE patient SET sms_opt_out = TRUE, sms_opt_out_at = ? WHERE phone = ? AND NOT sms_opt_out")
				.params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), number)
				.update())
			.orElse(0);
	}

	/**
	 * Opts every patient on the number back in.
	 * @return how many patients were opted in now
	 */
	public int optIn(String phone) {
		return e164(phone)
			.map((number) -> this.jdbc
				.sql("UPDATE patient SET sms_opt_out = FALSE, sms_opt_out_at = NULL WHERE phone = ? AND sms_opt_out")
				.param(number)
				.update())
			.orElse(0);
	}

	private Optional<String> e164(String phone) {
		return (phone != null) ? this.phoneNumbers.e164(phone) : Optional.empty();
	}

}
