package io.bella.dialogue;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the dialogue reads in a caller's words on top of the extractor: emergencies, "as
 * soon as possible", goodbyes; which of the offered options they mean is
 * {@link OfferReferences}. Works on the extractor's normalized, lower-case text.
 */
final class CallerPhrases {

	private static final Pattern EMERGENCY = Pattern
		.compile("\\b(emergency|emergencies|severe pain|severe(ly)? (tooth)?"
				+ "ache|(really|very|so) (bad|much) pain|a lot of pain|unbearable|excruciating|bleed(ing|s)?|swelling|swollen"
				+ "|knocked out|broken jaw|can'?t breathe|trouble breathing|abscess)\\b");

	private static final Pattern NOT_AN_EMERGENCY = Pattern.compile("\\b(not|isn'?t|no) (an |a |really an )?emergenc");

	private static final Pattern OWN_APPOINTMENT = Pattern
		.compile("\\b(when|what time|what day|what date)('s| is| was)?"
				+ " (my|our|his|her) (next )?([\\w-]+ )?(appointment|booking|visit|cleaning|checkup|check-up)\\b"
				+ "|\\bdo (i|we) (still )?have an? ([\\w-]+ )?(appointment|booking|cleaning|checkup|check-up|visit)\\b"
				+ "|\\b(confirm|check|double check|double-check)( on)? (my|our) ([\\w-]+ )?(appointment|booking)\\b"
				+ "|\\bhave an? ([\\w-]+ )?appointment\\b.*\\b(what time|when) (it|that) is\\b"
				+ "|\\bforgot (when|what time) my\\b");

	private static final Pattern GOODBYE = Pattern.compile("^(ok(ay)? )?(good ?)?bye( bye)?\\b|\\bhang(ing)? up\\b");

	private static final Pattern DONE = Pattern.compile(
			"\\b(that'?s (all|it|everything)|nothing( else)?|i'?m (good|fine|all set)|no thanks?|thank(s| you)|bye)\\b");

	private static final Pattern AS_SOON_AS_POSSIBLE = Pattern.compile("\\b(as soon as (possible|you can)|asap|a s a p"
			+ "|soonest|earliest|first (available|opening)|next (available|opening)|any ?time|any day|whenever"
			+ "|(doesn'?t|does not) matter|(i )?don'?t mind|you pick|flexible)\\b");

	private static final Pattern WORD = Pattern.compile("[a-z]+");

	private static final Pattern FOR_SOMEONE_ELSE = Pattern.compile("\\bfor my \\w+|\\b(his|her|their) name\\b");

	private CallerPhrases() {
	}

	static boolean isEmergency(String text) {
		return EMERGENCY.matcher(text).find() && !NOT_AN_EMERGENCY.matcher(text).find();
	}

	/**
	 * "It's for my son", "her name is …": the name said is not the caller's own, so Bella
	 * does not address the caller by it.
	 */
	static boolean isForSomeoneElse(String said) {
		return FOR_SOMEONE_ELSE.matcher(said).find();
	}

	/**
	 * "When is my appointment?", "do I have a cleaning booked?", "I'd like to confirm my
	 * appointment": the caller asks about their own appointments.
	 */
	static boolean asksOwnAppointment(String said) {
		return OWN_APPOINTMENT.matcher(said).find();
	}

	static boolean isGoodbye(String said) {
		return GOODBYE.matcher(said).find();
	}

	/**
	 * "That's all", "no thanks", "bye": the caller is done.
	 */
	static boolean isDone(String said) {
		return DONE.matcher(said).find();
	}

	static boolean meansAsSoonAsPossible(String said) {
		return AS_SOON_AS_POSSIBLE.matcher(said).find();
	}

	static Set<String> words(String said) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(said);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
