package io.bella.extraction;

/**
 * Reads how long a visit should be: "half an hour", "an hour", "90 minutes", "an hour and
 * a half", "two hours and 15 minutes". Amounts of time that say when instead ("in an
 * hour", "15 minutes late") are taken but not kept.
 */
final class DurationReader {

	private final Transcript t;

	private final Reading r;

	DurationReader(Transcript t, Reading r) {
		this.t = t;
		this.r = r;
	}

	/** The tokens taken by a duration at i, or 0. */
	int match(int i) {
		SpokenNumber said = said(i);
		if (said == null) {
			return 0;
		}
		int minutes = said.value();
		int j = i + said.length();
		SpokenNumber more = (minutes >= 60 && minutes % 60 == 0) ? moreMinutes(j) : null;
		if (more != null) {
			minutes += more.value();
			j += more.length();
		}
		if (!saysWhen(i, j, minutes) && minutes > 0 && minutes <= 600) {
			this.r.durationMin = minutes;
		}
		return j - i;
	}

	/** An amount of time at i, in minutes, with the tokens it took. */
	private SpokenNumber said(int i) {
		String w = this.t.words[i];
		if (w.equals("half") && (this.t.is(i + 1, "an") || this.t.is(i + 1, "a")) && this.t.is(i + 2, "hour")) {
			return new SpokenNumber(30, 3);
		}
		if (w.equals("half") && this.t.is(i + 1, "hour")) {
			return new SpokenNumber(30, 2);
		}
		if (w.equals("quarter") && (this.t.is(i + 1, "hour")
				|| this.t.is(i + 1, "of") && this.t.is(i + 2, "an") && this.t.is(i + 3, "hour"))) {
			return new SpokenNumber(15, this.t.is(i + 1, "hour") ? 2 : 4);
		}
		boolean one = w.equals("a") || w.equals("an") || w.equals("one");
		if (one && this.t.is(i + 1, "couple")
				&& (this.t.is(i + 2, "hours") || this.t.is(i + 2, "of") && this.t.is(i + 3, "hours"))) {
			return new SpokenNumber(120, this.t.is(i + 2, "of") ? 4 : 3);
		}
		if (one && (this.t.is(i + 1, "hour") || this.t.is(i + 1, "hr"))) {
			return new SpokenNumber(60, 2);
		}
		SpokenNumber number = this.t.cardinal(i);
		if (number == null) {
			return null;
		}
		int v = number.value();
		int j = i + number.length();
		if (this.t.is(j, "and") && this.t.is(j + 1, "a") && this.t.is(j + 2, "half")
				&& (this.t.is(j + 3, "hours") || this.t.is(j + 3, "hour"))) {
			return new SpokenNumber(v * 60 + 30, j + 4 - i);
		}
		String unit = this.t.word(j);
		if (unit.equals("minutes") || unit.equals("minute") || unit.equals("mins") || unit.equals("min")) {
			return new SpokenNumber(v, j + 1 - i);
		}
		if (unit.equals("hours") || unit.equals("hour") || unit.equals("hrs") || unit.equals("hr")) {
			return new SpokenNumber(v * 60, j + 1 - i);
		}
		return null;
	}

	/** "and a half", "and 15 minutes" after whole hours at j, or {@code null}. */
	private SpokenNumber moreMinutes(int j) {
		if (this.t.is(j, "and") && this.t.is(j + 1, "a") && this.t.is(j + 2, "half")) {
			return new SpokenNumber(30, 3);
		}
		int k = this.t.is(j, "and") ? j + 1 : j;
		SpokenNumber number = this.t.cardinal(k);
		if (number != null && (this.t.is(k + number.length(), "minutes") || this.t.is(k + number.length(), "mins"))) {
			return new SpokenNumber(number.value(), k + number.length() + 1 - j);
		}
		return null;
	}

	/**
	 * "in an hour", "two hours ago", "15 minutes late": an amount of time that says when.
	 */
	private boolean saysWhen(int i, int j, int minutes) {
		String prev = this.t.word(i - 1);
		String next = this.t.word(j);
		return prev.equals("in") || prev.equals("within") || prev.equals("back") || prev.equals("forward")
				|| prev.equals("up") || prev.equals("by") || next.equals("ago") || next.equals("late")
				|| next.equals("early") || next.equals("notice") || next.equals("away") || next.equals("before")
				|| next.equals("earlier") || next.equals("later") || next.equals("from") || next.equals("drive")
				|| next.equals("past") || next.equals("to") && minutes < 60;
	}

}
