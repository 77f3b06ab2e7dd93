package io.bella.extraction;

/**
 * Reads what the caller wants and which appointment type they named, by phrase, in a
 * fixed order of precedence: a person, cancel, move, then yes/no when a confirmation was
 * asked, then booking, questions and plain yes/no.
 */
final class IntentReader {

	private static final String[] HUMAN = { " real person ", " human ", " receptionist ", " operator ", " front desk ",
			" representative ", " live person ", " a person ", " an agent ", " to someone ", " with someone ",
			" to somebody ", " with somebody ", " transfer me ", " put me through ", " speak to the ", " talk to the ",
			" speak with the ", " not a robot ", " not a machine ", " actual person ", " someone in the office ",
			" speak with dr ", " speak to dr ", " talk to dr ", " talk with dr ", " speak to the dentist ",
			" talk to the dentist ", " speak with the dentist ", " the office staff ", " to a staff ", " talk to a ",
			" speak to a ", " speak with a ", " connect me ", " agent ", " a human " };

	private static final String[] NOT_HUMAN_OBJECTS = { " talk to a dentist about ", " speak to a dentist about " };

	private static final String[] CANCEL = { " cancel ", " cancelling ", " canceling ", " cancellation ", " call off ",
			" won't be able to make it ", " can't make it ", " cannot make it ", " can't come ", " won't be coming ",
			" won't make it ", " will not make it ", " not going to make it ", " not gonna make it ", " cancelled ",
			" canceled ", " drop my appointment ", " scrap my appointment " };

	private static final String[] NOT_CANCEL = { " don't cancel ", " don't want to cancel ", " not cancel ",
			" not to cancel ", " do not cancel " };

	private static final String[] RESCHEDULE = { " reschedule ", " rescheduling ", " re-schedule ", " move my ",
			" move it ", " move the ", " move that ", " change my appointment ", " change the time ",
			" change the date ", " change the day ", " change it ", " push it ", " push my ", " push back ",
			" postpone ", " bump it ", " bump my ", " switch my ", " switch it ", " different time ", " different day ",
			" another time ", " another day ", " earlier appointment ", " later appointment ", " move up my ",
			" moved ", " change my booking ", " move me ", " earlier time ", " later time ", " earlier slot ",
			" later slot ", " make it the " };

	private static final String[] BOOK = { " book ", " booking ", " schedule ", " an appointment ", " a appointment ",
			" new appointment ", " make an appointment ", " set up ", " come in ", " get in ", " see the dentist ",
			" see a dentist ", " see the hygienist ", " see someone ", " see somebody ", " openings ", " opening ",
			" availability ", " available ", " any spots ", " any slots ", " a slot ", " a spot ", " have anything ",
			" got anything ", " anything open ", " squeeze me in ", " fit me in ", " get my teeth cleaned ",
			" appointment for ", " need an ", " i need a ", " i'd like a ", " like to come ", " to be seen ",
			" get seen ", " be seen ", " first available ", " earliest ", " soonest ", " get something ", " see dr ",
			" see doctor ", " see the doctor ", " like to see ", " get my son in ", " get my daughter in ",
			" get him in ", " get her in ", " get them in ", " get us in " };

	private static final String[] CONFIRM = { " yes ", " yeah ", " yep ", " yup ", " ya ", " yea ", " sure ",
			" correct ", " that's right ", " that is right ", " right ", " that works ", " works for me ",
			" that'll work ", " that will work ", " sounds good ", " sounds great ", " sounds perfect ", " perfect ",
			" okay ", " ok ", " uh-huh ", " mm-hmm ", " mhm ", " absolutely ", " definitely ", " please do ",
			" go ahead ", " book it ", " that's fine ", " fine ", " great ", " exactly ", " affirmative ", " alright ",
			" all right ", " of course ", " you got it ", " that's it ", " do it ", " let's do it ", " let's do that ",
			" that'd be great ", " that would be great ", " that's good ", " that is good ", " is good ", " all good ",
			" good with me ", " good for me ", " works ", " yes please ", " i confirm ", " confirmed ",
			" that's the one ", " lovely ", " excellent ", " awesome ", " for sure ", " indeed ", " guess so ",
			" see you then ", " i suppose " };

	private static final String[] DENY = { " no ", " nope ", " nah ", " not really ", " doesn't work ",
			" does not work ", " won't work ", " wouldn't work ", " will not work ", " not good ", " no good ",
			" can't do ", " cannot do ", " can't make ", " that's wrong ", " that is wrong ", " not right ",
			" not correct ", " incorrect ", " wrong ", " i don't think so ", " neither ", " none of those ",
			" none of them ", " uh-uh ", " negative ", " rather not ", " not available ", " doesn't suit ",
			" isn't good ", " not that ", " not quite ", " no thanks ", " no thank you ", " not for me ",
			" don't want ", " that's not ", " not ideal ", " i can't ", " busy then ", " doesn't really work ",
			" not gonna work ", " not going to work ", " not great ", " not a good " };

	private static final String[] QUESTION_STARTS = { " what ", " when ", " where ", " how ", " why ", " which ",
			" who ", " do you ", " does ", " are you ", " is there ", " is it ", " can you tell ", " could you tell ",
			" what's ", " where's ", " when's ", " how's ", " do i ", " is the ", " is ", " are ", " am i ", " will ",
			" did " };

	private static final String[] QUESTION_WORDS = { " hours ", " open on ", " located ", " address ", " parking ",
			" insurance ", " direct bill ", " how much ", " cost ", " price ", " accept ", " what time is my ",
			" when is my ", " do you take ", " do you do ", " covered ", " directions ", " where are you " };

	private static final String[] INSTEAD = { " instead ", " another " };

	private static final String[] ANYTHING = { " anything ", " any time ", " anytime ", " free " };

	private static final String[] BOOK_WORDS = { " book ", " booking ", " booked ", " books " };

	private static final String[] WEAK_BOOK = { " appointment ", " cleaning ", " checkup " };

	private static final String[] CANCEL_WORDS = { " cancel ", " cancelled ", " canceled ", " cancelling ",
			" canceling ", " cancellation ", " appointment " };

	static final int HUMAN_BIT = 0;

	static final int NOT_HUMAN_BIT = 1;

	static final int CANCEL_BIT = 2;

	static final int NOT_CANCEL_BIT = 3;

	static final int RESCHEDULE_BIT = 4;

	static final int BOOK_BIT = 5;

	static final int CONFIRM_BIT = 6;

	static final int DENY_BIT = 7;

	static final int QUESTION_WORDS_BIT = 8;

	static final int QUESTION_STARTS_BIT = 9;

	static final int INSTEAD_BIT = 10;

	static final int ANYTHING_BIT = 11;

	static final int BOOK_WORDS_BIT = 12;

	static final int WEAK_BOOK_BIT = 13;

	static final int CANCEL_WORDS_BIT = 14;

	static final PhraseIndex INDEX = PhraseIndex
		.of(new String[][] { HUMAN, NOT_HUMAN_OBJECTS, CANCEL, NOT_CANCEL, RESCHEDULE, BOOK, CONFIRM, DENY,
				QUESTION_WORDS, QUESTION_STARTS, INSTEAD, ANYTHING, BOOK_WORDS, WEAK_BOOK, CANCEL_WORDS });

	private IntentReader() {
	}

	private static boolean has(long mask, int bit) {
		return (mask & (1L << bit)) != 0;
	}

	/**
	 * The intent, from the phrase categories {@link #INDEX} matched, whether a date or
	 * time was said and whether an appointment type was named.
	 */
	static Intent read(Transcript t, long mask, Expectation expect, boolean when, boolean service) {
		if (t.size == 0) {
			return Intent.UNKNOWN;
		}
		if (has(mask, HUMAN_BIT) && !has(mask, NOT_HUMAN_BIT)) {
			return Intent.HUMAN;
		}
		if (has(mask, CANCEL_BIT) && !has(mask, NOT_CANCEL_BIT)
				&& !(expect == Expectation.CONFIRMATION && !has(mask, CANCEL_WORDS_BIT))) {
			if (has(mask, RESCHEDULE_BIT) || has(mask, INSTEAD_BIT)) {
				return Intent.RESCHEDULE;
			}
			return Intent.CANCEL;
		}
		if ((has(mask, RESCHEDULE_BIT) || has(mask, INSTEAD_BIT) && has(mask, WEAK_BOOK_BIT))
				&& !(expect == Expectation.CONFIRMATION && leadingYesNo(t) != null)) {
			return Intent.RESCHEDULE;
		}
		Intent yesNo = yesNo(t, mask);
		if (expect == Expectation.CONFIRMATION && yesNo != null) {
			return yesNo;
		}
		boolean question = t.question || (INDEX.matchStart(t) & (1L << QUESTION_STARTS_BIT)) != 0;
		if (has(mask, QUESTION_WORDS_BIT) && question && !has(mask, BOOK_WORDS_BIT)) {
			return Intent.QUESTION;
		}
		if (has(mask, BOOK_BIT) || service && (when || !question) && yesNo == null
				|| question && when && has(mask, ANYTHING_BIT)) {
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
		if (has(mask, WEAK_BOOK_BIT)) {
			return Intent.BOOK;
		}
		return Intent.UNKNOWN;
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
			if (has(rest, CONFIRM_BIT) && !has(rest, DENY_BIT)) {
				return Intent.CONFIRM;
			}
		}
		if (has(mask, DENY_BIT)) {
			return Intent.DENY;
		}
		if (has(mask, CONFIRM_BIT)) {
			return Intent.CONFIRM;
		}
		return null;
	}

}
