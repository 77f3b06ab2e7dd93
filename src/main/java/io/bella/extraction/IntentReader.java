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
			" moved ", " change my booking " };

	private static final String[] BOOK = { " book ", " booking ", " schedule ", " an appointment ", " a appointment ",
			" new appointment ", " make an appointment ", " set up ", " come in ", " get in ", " see the dentist ",
			" see a dentist ", " see the hygienist ", " see someone ", " see somebody ", " openings ", " opening ",
			" availability ", " available ", " any spots ", " any slots ", " a slot ", " a spot ", " have anything ",
			" got anything ", " anything open ", " squeeze me in ", " fit me in ", " get my teeth cleaned ",
			" appointment for ", " need an ", " i need a ", " i'd like a ", " like to come ", " to be seen ",
			" get seen ", " be seen ", " first available ", " earliest ", " soonest " };

	private static final String[] CONFIRM = { " yes ", " yeah ", " yep ", " yup ", " ya ", " yea ", " sure ",
			" correct ", " that's right ", " that is right ", " right ", " that works ", " works for me ",
			" that'll work ", " that will work ", " sounds good ", " sounds great ", " sounds perfect ", " perfect ",
			" okay ", " ok ", " uh-huh ", " mm-hmm ", " mhm ", " absolutely ", " definitely ", " please do ",
			" go ahead ", " book it ", " that's fine ", " fine ", " great ", " exactly ", " affirmative ", " alright ",
			" all right ", " of course ", " you got it ", " that's it ", " do it ", " let's do it ", " let's do that ",
			" that'd be great ", " that would be great ", " good ", " works ", " yes please ", " i confirm ",
			" confirmed ", " that's the one ", " lovely ", " excellent ", " awesome ", " for sure ", " totally ",
			" indeed ", " guess so ", " see you then ", " i suppose " };

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
			" what's ", " where's ", " when's ", " how's ", " do i ", " is the ", " will ", " did " };

	private static final String[] QUESTION_WORDS = { " hours ", " open on ", " located ", " address ", " parking ",
			" insurance ", " direct bill ", " how much ", " cost ", " price ", " accept ", " what time is my ",
			" when is my ", " do you take ", " do you do ", " covered ", " directions ", " where are you " };

	private IntentReader() {
	}

	static Intent read(Transcript t, String padded, Expectation expect, boolean when) {
		if (t.size == 0) {
			return Intent.UNKNOWN;
		}
		if (any(padded, HUMAN) && !any(padded, NOT_HUMAN_OBJECTS)) {
			return Intent.HUMAN;
		}
		if (any(padded, CANCEL) && !any(padded, NOT_CANCEL) && !(expect == Expectation.CONFIRMATION
				&& !padded.contains(" cancel") && !padded.contains(" appointment "))) {
			if (any(padded, RESCHEDULE) || padded.contains(" instead ") || padded.contains(" another ")) {
				return Intent.RESCHEDULE;
			}
			return Intent.CANCEL;
		}
		if (any(padded, RESCHEDULE) && !(expect == Expectation.CONFIRMATION && leadingYesNo(t) != null)) {
			return Intent.RESCHEDULE;
		}
		Intent yesNo = yesNo(t, padded);
		if (expect == Expectation.CONFIRMATION && yesNo != null) {
			return yesNo;
		}
		boolean question = t.question || startsWithAny(padded, QUESTION_STARTS);
		if (any(padded, QUESTION_WORDS) && question && !padded.contains(" book")) {
			return Intent.QUESTION;
		}
		if (any(padded, BOOK) || ServiceReader.read(padded) != null && (when || !question) && yesNo == null
				|| question && when && (padded.contains(" anything ") || padded.contains(" any time ")
						|| padded.contains(" anytime ") || padded.contains(" free "))) {
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
		if (padded.contains(" appointment ") || padded.contains(" cleaning ") || padded.contains(" checkup ")) {
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
			case "no", "nope", "nah", "uh-uh", "negative":
				return Intent.DENY;
			default:
				return null;
		}
	}

	private static Intent yesNo(Transcript t, String padded) {
		if (padded.startsWith(" yeah no ") || padded.startsWith(" yes no ")) {
			// Canadian "yeah no, that's fine" agrees
			String rest = padded.substring(padded.indexOf(" no ") + 3);
			if (any(rest, CONFIRM) && !any(rest, DENY)) {
				return Intent.CONFIRM;
			}
		}
		if (any(padded, DENY)) {
			return Intent.DENY;
		}
		if (any(padded, CONFIRM)) {
			return Intent.CONFIRM;
		}
		return null;
	}

	static boolean any(String padded, String[] phrases) {
		for (String p : phrases) {
			if (padded.contains(p)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWithAny(String padded, String[] phrases) {
		for (String p : phrases) {
			if (padded.startsWith(p)) {
				return true;
			}
		}
		return false;
	}

}
