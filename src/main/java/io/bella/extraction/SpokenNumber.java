package io.bella.extraction;

/**
 * A number as said in a transcript: its value and how many tokens it took ("twenty five"
 * takes two, "25" and "25th" one).
 *
 * @param value the number
 * @param length the tokens it took
 */
record SpokenNumber(int value, int length) {

	/** Whether the value is from {@code min} to {@code max}, both included. */
	boolean between(int min, int max) {
		return this.value >= min && this.value <= max;
	}

}
