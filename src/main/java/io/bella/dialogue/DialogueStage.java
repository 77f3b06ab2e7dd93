package io.bella.dialogue;

/**
 * Where a call's dialogue stands: what Bella last asked and so how the next utterance is
 * read.
 */
public enum DialogueStage {

	/** Greeted; waiting to hear what the caller wants. */
	INTENT,
	/** Asked what the visit is for (checkup, cleaning, ...). */
	SERVICE,
	/** Asked which day or time suits the caller. */
	WHEN,
	/** Read out two or three concrete times; waiting for a pick. */
	OFFER,
	/** One time chosen; waiting for an explicit yes before booking or moving. */
	CONFIRM_SLOT,
	/** Asked the patient's name. */
	NAME,
	/**
	 * Asked whether to text the confirmation to the number the caller is calling from.
	 */
	PHONE_SAME,
	/** Asked for a phone number. */
	PHONE,
	/** Read a phone number back in digit groups; waiting for a yes. */
	PHONE_READBACK,
	/** Asked for the phone number an existing appointment was booked under. */
	LOOKUP_PHONE,
	/**
	 * Asked for the patient's name to check it against a number that is not the caller ID
	 * before reading any appointment under it.
	 */
	LOOKUP_NAME,
	/** Listed the caller's upcoming appointments; waiting to hear which one. */
	WHICH_APPOINTMENT,
	/** Read one appointment back; waiting for a yes before moving or cancelling it. */
	CONFIRM_APPOINTMENT,
	/** Done with a request; asked whether there is anything else. */
	ANYTHING_ELSE,
	/** The dialogue is over (hung up, transferred or taking a message). */
	ENDED

}
