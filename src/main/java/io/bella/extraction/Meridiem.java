package io.bella.extraction;

/**
 * Whether a clock time was said as morning (am) or afternoon (pm), or neither.
 */
enum Meridiem {

	NONE, AM, PM;

	/** The other half of the day; {@link #NONE} stays as it is. */
	Meridiem opposite() {
		return switch (this) {
			case AM -> PM;
			case PM -> AM;
			case NONE -> NONE;
		};
	}

}
