package io.bella.extraction;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads what the caller wants, by phrase, in a fixed order of precedence: a person,
 * cancel, move, then yes/no when a confirmation was asked, then booking, questions and
 * plain yes/no. Asked to confirm, a caller who is unsure ("I'm not sure", "maybe not")
 * answers neither yes nor no; {@link ActionWords} tells which action a yes or a no names.
 */
final class IntentReader {

	/**
	 * The kinds of phrase the intent is read by, each a word list under
	 * {@code extraction/intent/} and a bit of what {@link #INDEX} matched.
	 */
	enum Cue {

		HUMAN, NOT_HUMAN, CANCEL, NOT_CANCEL, RESCHEDULE, BOOK, CONFIRM, DENY, QUESTION_WORDS, QUESTION_STARTS, INSTEAD,
		ANYTHING, BOOK_WORDS, WEAK_BOOK, CANCEL_WORDS, OTHER_TIME, NOT_MOVE, UNSURE;

		private String[] phrases() {
			String list = "intent/" + name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
			return WordLists.lines(list).toArray(new String[0]);
		}

	}

	static final PhraseIndex INDEX = PhraseIndex
		.of(Arrays.stream(Cue.values()).map(Cue::phrases).toArray(String[][]::new));

	private IntentReader() {
	}

	private static boolean has(long mask, Cue cue) {
		return (mask & (1L << cue.ordinal())) != 0;
	}

	/**
	 * The intent, from the phrase categories {@link #INDEX} matched, whether a date or
	 * time was said and whether an appointment type was named.
	 */
	static Intent read(Transcript t, long mask, Expectation expect, boolean when, boolean service) {
		if (t.size == 0) {
			return Intent.UNKNOWN;
		}
		if (has(mask, Cue.HUMAN) && !has(mask, Cue.NOT_HUMAN)) {
			return Intent.HUMAN;
		}
		Intent action = action(mask, false);
		if (action == Intent.CANCEL && !(expect == Expectation.CONFIRMATION && !has(mask, Cue.CANCEL_WORDS))) {
			return Intent.CANCEL;
		}
		if ((action == Intent.RESCHEDULE || has(mask, Cue.OTHER_TIME)
				|| has(mask, Cue.INSTEAD) && has(mask, Cue.WEAK_BOOK) && !has(mask, Cue.BOOK_WORDS))
				&& !(expect == Expectation.CONFIRMATION && (leadingYesNo(t) != null || agrees(mask, when)))) {
			return Intent.RESCHEDULE;
		}
		if (expect == Expectation.CONFIRMATION && has(mask, Cue.UNSURE)) {
			return Intent.UNKNOWN;
		}
		Intent yesNo = yesNo(t, mask);
		if (expect == Expectation.CONFIRMATION && yesNo != null) {
			return yesNo;
		}
		boolean question = t.question || has(INDEX.matchStart(t), Cue.QUESTION_STARTS);
		if (has(mask, Cue.QUESTION_WORDS) && question && !has(mask, Cue.BOOK_WORDS)) {
			return Intent.QUESTION;
		}
		if (has(mask, Cue.BOOK) || service && (when || !question) && yesNo == null
				|| question && when && has(mask, Cue.ANYTHING)) {
			return Intent.BOOK;
		}
		Intent leading = leadingYesNo(t);
		if (leading != null) {
			return leading;
		}
		if (question) {
			return Intent.QUESTION;
		}
		if (yesNo != null) {
			return yesNo;
		}
		if (has(mask, Cue.WEAK_BOOK)) {
			return Intent.BOOK;
		}
		return Intent.UNKNOWN;
	}

	/**
	 * The move or the cancellation the words name, whatever else they say, or
	 * {@code null}: a cancellation named with a move ("cancel it and book another time")
	 * is a move, and a negated one ("don't cancel") names nothing. With {@code explicit},
	 * a cancellation needs a cancel word: "I can't make it" may explain a move.
	 */
	static Intent action(long mask, boolean explicit) {
		boolean cancel = has(mask, Cue.CANCEL) && !has(mask, Cue.NOT_CANCEL)
				&& (!explicit || has(mask, Cue.CANCEL_WORDS));
		boolean move = has(mask, Cue.RESCHEDULE) && !has(mask, Cue.NOT_MOVE);
		if (cancel) {
			return (move || has(mask, Cue.OTHER_TIME) || has(mask, Cue.INSTEAD)) ? Intent.RESCHEDULE : Intent.CANCEL;
		}
		return move ? Intent.RESCHEDULE : null;
	}

	/**
	 * "Go ahead and move it": asked to confirm a move, a yes that names it, with no other
	 * time in it.
	 */
	private static boolean agrees(long mask, boolean when) {
		return has(mask, Cue.CONFIRM) && !has(mask, Cue.DENY) && !has(mask, Cue.OTHER_TIME) && !when;
	}

	private static Intent leadingYesNo(Transcript t) {
		String w = t.word(0);
		switch (w) {
			case "yes", "yeah", "yep", "yup", "sure", "okay", "ok", "correct", "absolutely", "perfect", "uh-huh",
					"mm-hmm", "mhm", "definitely", "alright", "great", "yea", "ya":
				if (t.is(1, "no") || t.is(1, "not")) {
					return null;
				}
				return Intent.CONFIRM;
			case "good":
				return (t.size <= 2 && !WhenWords.WEEKDAYS.containsKey(t.word(1)) && !t.is(1, "morning")
						&& !t.is(1, "afternoon") && !t.is(1, "evening") && !t.is(1, "night")) ? Intent.CONFIRM : null;
			case "no", "nope", "nah", "uh-uh", "negative":
				return Intent.DENY;
			default:
				return null;
		}
	}

	private static Intent yesNo(Transcript t, long mask) {
		if ((t.is(0, "yeah") || t.is(0, "yes")) && t.is(1, "no")) {
			// Canadian "yeah no, that's fine" agrees
			long rest = INDEX.match(t, 2);
			if (has(rest, Cue.CONFIRM) && !has(rest, Cue.DENY)) {
				return Intent.CONFIRM;
			}
		}
		if (has(mask, Cue.DENY)) {
			return Intent.DENY;
		}
		if (has(mask, Cue.CONFIRM)) {
			return Intent.CONFIRM;
		}
		return null;
	}

}
