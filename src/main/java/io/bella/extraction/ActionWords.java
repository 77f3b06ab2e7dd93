package io.bella.extraction;

/**
 * The action a caller's words name, apart from the yes or no around it: an answer to
 * "Shall I cancel it?" may be "yes, cancel it", which agrees, or "no, move it instead",
 * which asks for something else. The intent alone says yes or no; this says what to.
 */
public final class ActionWords {

	private ActionWords() {
	}

	/**
	 * {@link Intent#RESCHEDULE} when the words name a move ("move it", "change my
	 * cleaning", "push it back"), {@link Intent#CANCEL} when they name a cancellation,
	 * otherwise {@code null}; a negated action ("don't cancel it") names nothing, and "I
	 * can't make it" without a cancel word names no cancellation.
	 */
	public static Intent named(String text) {
		if (text == null) {
			return null;
		}
		Transcript t = Transcript.of(text);
		return IntentReader.action(IntentReader.INDEX.match(t, 0), true);
	}

}
