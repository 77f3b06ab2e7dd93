package io.bella.extraction;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the rule readers found in one utterance, with where they found it, before the last
 * mention wins and confidence is scored.
 */
final class Reading {

	static final int MAX = 8;

	final LocalDate[] dates = new LocalDate[MAX];

	final int[] dateAt = new int[MAX];

	final boolean[] dateAlternative = new boolean[MAX];

	int dateCount;

	final LocalTime[] times = new LocalTime[MAX];

	final int[] timeAt = new int[MAX];

	final boolean[] timeGuessed = new boolean[MAX];

	int timeCount;

	LocalTime windowFrom;

	LocalTime windowTo;

	int windowAt = -1;

	boolean explicitWindow;

	boolean windowFromTo;

	/** The second end of the window read alone: the new time when moving. */
	LocalTime windowToAlone;

	LocalDate rangeFrom;

	LocalDate rangeTo;

	int rangeAt = -1;

	/**
	 * The range was said as "Tuesday to Thursday", not "between": when moving, the second
	 * day is the new one.
	 */
	boolean rangeFromTo;

	/**
	 * The second day of a range as if said alone ("from Thursday to Tuesday": the next
	 * Tuesday, even before that Thursday): the new day when moving.
	 */
	LocalDate rangeToAlone;

	Integer durationMin;

	PartOfDay partOfDay = PartOfDay.NONE;

	boolean weekdayMismatch;

	boolean invalidPhone;

	String phone;

	/** Whether any date, time, range or window was read. */
	boolean saidWhen() {
		return this.dateCount > 0 || this.timeCount > 0 || this.rangeFrom != null || this.windowAt != -1
				|| this.windowFrom != null || this.windowTo != null;
	}

	void date(LocalDate date, int at) {
		if (date != null && this.dateCount < MAX) {
			this.dates[this.dateCount] = date;
			this.dateAt[this.dateCount] = at;
			this.dateCount++;
		}
	}

	void time(LocalTime time, int at, boolean guessed) {
		if (time != null && this.timeCount < MAX) {
			this.times[this.timeCount] = time;
			this.timeAt[this.timeCount] = at;
			this.timeGuessed[this.timeCount] = guessed;
			this.timeCount++;
		}
	}

	/**
	 * "2 or 3", "not at 3": the last time read is an alternative. It stays, guessed, at a
	 * negative position, so that it neither wins nor counts as said before a pivot.
	 */
	void setAsideLastTime() {
		int last = this.timeCount - 1;
		this.timeGuessed[last] = true;
		this.timeAt[last] = -this.timeAt[last] - 1;
	}

	void window(LocalTime from, LocalTime to, int at, boolean explicit) {
		if (this.explicitWindow && !explicit) {
			return;
		}
		this.windowFrom = from;
		this.windowTo = to;
		this.windowAt = at;
		this.explicitWindow = explicit;
	}

	void range(LocalDate from, LocalDate to, int at) {
		this.rangeFrom = from;
		this.rangeTo = to;
		this.rangeAt = at;
		this.rangeFromTo = false;
	}

	/** Forgets the last date read: it became one end of a range. */
	void dropLastDate() {
		if (this.dateCount > 0) {
			this.dateCount--;
		}
	}

}
