package io.bella.booking;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A booking breaks one of the clinic's rules; {@link #rule()} says which.
 */
public class BookingRuleException extends RuntimeException {

	private final Rule rule;

	private final OffsetDateTime earliestStart;

	public BookingRuleException(Rule rule, String message) {
		this(rule, message, null);
	}

	/**
	 * @param earliestStart the first time the visit could be booked instead, when the
	 * rule was {@link Rule#TOO_SOON}
	 */
	public BookingRuleException(Rule rule, String message, OffsetDateTime earliestStart) {
		super(message);
		this.rule = rule;
		this.earliestStart = earliestStart;
	}

	public Rule rule() {
		return this.rule;
	}

	/**
	 * The first time the visit could be booked, with the clinic's offset, when the start
	 * was too soon and one could be found.
	 */
	public Optional<OffsetDateTime> earliestStart() {
		return Optional.ofNullable(this.earliestStart);
	}

	/**
	 * The rules a booking must keep.
	 */
	public enum Rule {

		IN_THE_PAST("in-the-past"), OUTSIDE_HOURS("outside-hours"), CLOSED_DATE("closed-date"), TOO_SOON("too-soon"),
		TOO_FAR_AHEAD("too-far-ahead"), OFF_GRID("off-grid"), NOT_BOOKED("not-booked"),
		INACTIVE_PROVIDER("inactive-provider"), NOT_OFFERED("not-offered"), NOT_STARTED("not-started"),
		CALENDAR_BUSY("calendar-busy"), CALENDAR_NOT_SYNCHRONISED("calendar-not-synchronised");

		private final String slug;

		Rule(String slug) {
			this.slug = slug;
		}

		public String slug() {
			return this.slug;
		}

	}

}
