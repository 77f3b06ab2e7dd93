package io.bella.extraction;

/**
 * A clock time as said, before it is placed in the day: "3", "3:30", "ten oh five",
 * "noon", with what followed it.
 *
 * @param hour the hour as said: 1 to 12, or 0 to 23 when said the 24 h way
 * @param minute the minutes, 0 when none were said
 * @param form how the hour and minutes were said
 * @param meridiem am or pm, when said ("3 pm", "noon", "in the morning")
 * @param marker "o'clock" or "-ish" after it
 * @param end index of the first token after the clock time
 */
record ClockTime(int hour, int minute, Form form, Meridiem meridiem, Marker marker, int end) {

	/** How the hour and minutes were said. */
	enum Form {

		/** "3", "three". */
		HOUR_ONLY,

		/** "three thirty", "ten oh five", "330 pm". */
		HOUR_AND_MINUTES,

		/** "3:30", "12:00": written with a colon, on the 12 h clock. */
		COLON,

		/** "14:30", "08:15", "1400 hours": nothing to place, it is already 24 h. */
		TWENTY_FOUR_HOUR,

		/** "noon", "midnight", "12 noon". */
		NAMED

	}

	/** A word after the time that says it is one. */
	enum Marker {

		NONE,

		/** "3-ish". */
		ISH,

		/** "3 o'clock", with or without "-ish". */
		OCLOCK

	}

	/** Whether the words alone say this is a clock time, not just a number. */
	boolean saysItIsATime() {
		return this.form != Form.HOUR_ONLY || this.meridiem != Meridiem.NONE || this.marker != Marker.NONE;
	}

	/** Whether minutes were given, as words, run together or after a colon. */
	boolean minutesGiven() {
		return this.form == Form.HOUR_AND_MINUTES || this.form == Form.COLON || this.form == Form.TWENTY_FOUR_HOUR;
	}

	ClockTime withMeridiem(Meridiem meridiem) {
		return new ClockTime(this.hour, this.minute, this.form, meridiem, this.marker, this.end);
	}

	/** The 24 h hour, from am/pm, else the part of day, else the convention. */
	int hour24(PartOfDay partOfDay) {
		int h = this.hour;
		if (h > 12 || this.form == Form.TWENTY_FOUR_HOUR) {
			return h;
		}
		if (this.meridiem == Meridiem.AM) {
			return (h == 12) ? 0 : h;
		}
		if (this.meridiem == Meridiem.PM) {
			return (h == 12) ? 12 : h + 12;
		}
		return switch (partOfDay) {
			case MORNING -> h % 12;
			case AFTERNOON, EVENING -> (h == 12) ? 12 : h + 12;
			// a clinic's day: "at 3" is 3 pm, "at 9" is 9 am
			case NONE, LUNCH -> (h >= 1 && h <= 6) ? h + 12 : h;
		};
	}

	/** Whether {@link #hour24} had only the convention to go by. */
	boolean guessed(PartOfDay partOfDay) {
		return this.meridiem == Meridiem.NONE && partOfDay == PartOfDay.NONE && this.form != Form.TWENTY_FOUR_HOUR
				&& this.hour != 12;
	}

}
