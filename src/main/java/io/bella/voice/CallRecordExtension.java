package io.bella.voice;

/**
 * A part of a call's record that another module keeps, shown under its key beside what
 * voice records in {@code GET /api/calls/{sid}}. Voice asks every bean of this type and
 * knows nothing of what they hold, so a module that watches calls (the operations
 * module's cost ledger, under {@code cost}) adds to the record without voice depending on
 * it.
 */
public interface CallRecordExtension {

	/**
	 * The part's key in the call's JSON, in snake_case; stable, since clients read it.
	 */
	String key();

	/**
	 * This part of a call's record, written as JSON as the API writes its answers.
	 * @param call the call's record
	 * @return the part, or {@code null} to leave the key out
	 */
	Object of(CallRecord call);

}
