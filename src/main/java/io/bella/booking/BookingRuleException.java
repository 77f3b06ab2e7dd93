package io.bella.booking;

/**
 * A booking breaks one of the clinic's rules; {@link #rule()} says which.
 */
public class BookingRuleException extends RuntimeException {

	private final Rule rule;

	public BookingRuleException(Rule rule, String message) {
		super(message);
		this.rule = rule;
	}

	public Rule rule() {
		return this.rule;
	}

	/**
	 * The rules a booking must keep.
	 */
	public enum Rule {

		IN_THE_PAST("in-the-past"), OUTSIDE_HOURS("outside-hours"), CLOSED_DATE("closed-date"), TOO_SOON("too-soon"),
		TOO_FAR_AHEAD("too-far-ahead"), OFF_GRID("off-grid"), NOT_BOOKED("not-booked"),
		INACTIVE_PROVIDER("inactive-provider"), NOT_OFFERED("not-offered");

		private final String slug;

		Rule(String slug) {
			this.slug = slug;
		}

		public String slug() {
			return this.slug;
		}

	}

}
