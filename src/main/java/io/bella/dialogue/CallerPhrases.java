package io.bella.dialogue;

import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bella.extraction.Extraction;

/**
 * What the dialogue reads in a caller's words on top of the extractor: which of the
 * offered options they mean, emergencies, "as soon as possible", "anything later",
 * goodbyes. Works on the extractor's normalized, lower-case text.
 */
final class CallerPhrases {

	private static final Pattern EMERGENCY = Pattern
		.compile("\\b(emergency|emergencies|severe pain|severe(ly)? (tooth)?"
				+ "ache|(really|very|so) (bad|much) pain|a lot of pain|unbearable|excruciating|bleed(ing|s)?|swelling|swollen"
				+ "|knocked out|broken jaw|can'?t breathe|trouble breathing|abscess)\\b");

	private static final Pattern NOT_AN_EMERGENCY = Pattern.compile("\\b(not|isn'?t|no) (an |a |really an )?emergenc");

	private static final Pattern GOODBYE = Pattern.compile("^(ok(ay)? )?(good ?)?bye( bye)?\\b|\\bhang(ing)? up\\b");

	private static final Pattern DONE = Pattern.compile(
			"\\b(that'?s (all|it|everything)|nothing( else)?|i'?m (good|fine|all set)|no thanks?|thank(s| you)|bye)\\b");

	private static final Pattern AS_SOON_AS_POSSIBLE = Pattern.compile("\\b(as soon as (possible|you can)|asap|a s a p"
			+ "|soonest|earliest|first (available|opening)|next (available|opening)|any ?time|any day|whenever"
			+ "|(doesn'?t|does not) matter|(i )?don'?t mind|you pick|flexible)\\b");

	private static final Pattern FIRST = Pattern
		.compile("\\b(first|1st|former|(earlier|earliest|sooner|soonest|earlier time) one)\\b");

	private static final Pattern SECOND = Pattern.compile("\\b(second|2nd|middle)\\b");

	private static final Pattern THIRD = Pattern.compile("\\b(third|3rd)\\b");

	private static final Pattern LAST = Pattern.compile("\\b(last|latter|(later|latest) one)\\b");

	private static final Pattern LATER = Pattern.compile("\\b(later|after that)\\b");

	private static final Pattern EARLIER = Pattern.compile("\\b(earlier|sooner|before that)\\b");

	/** "the first one", "that one": a "one" that is no time. */
	private static final Pattern PRONOUN_ONE = Pattern.compile("\\b(the|that|this)( \\w+)? one\\b");

	/** "one o'clock", "one pm", "1:30": a "one" that is a time. */
	private static final Pattern ONE_AS_TIME = Pattern
		.compile("\\b(1|one)( ?o'?clock|:\\d\\d| ?pm| ?p m| ?p\\.m| thirty| fifteen| forty five)");

	private static final Pattern DAY_WORDS = Pattern.compile("\\b((mon|tues|wednes|thurs|fri|satur|sun)day|today"
			+ "|tomorrow|tonight|week|january|february|march|april|june|july|august|september|october|november"
			+ "|december|\\d{1,2}(st|nd|rd|th))\\b");

	private static final Pattern WORD = Pattern.compile("[a-z]+");

	private static final Pattern FOR_SOMEONE_ELSE = Pattern.compile("\\bfor my \\w+|\\b(his|her|their) name\\b");

	private CallerPhrases() {
	}

	static boolean isEmergency(String text) {
		return EMERGENCY.matcher(text).find() && !NOT_AN_EMERGENCY.matcher(text).find();
	}

	/**
	 * "the first one", "the second", "the last one": an index into {@code size} options.
	 */
	static Integer ordinal(String said, int size) {
		if (size == 0) {
			return null;
		}
		if (FIRST.matcher(said).find()) {
			return 0;
		}
		if (SECOND.matcher(said).find() && size >= 2) {
			return 1;
		}
		if (THIRD.matcher(said).find() && size >= 3) {
			return 2;
		}
		if (LAST.matcher(said).find()) {
			return size - 1;
		}
		return null;
	}

	/**
	 * "It's for my son", "her name is …": the name said is not the caller's own, so Bella
	 * does not address the caller by it.
	 */
	static boolean isForSomeoneElse(String said) {
		return FOR_SOMEONE_ELSE.matcher(said).find();
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

	static boolean asksLater(String said) {
		return LATER.matcher(said).find();
	}

	static boolean asksEarlier(String said) {
		return EARLIER.matcher(said).find();
	}

	/**
	 * "That one", "the one": pointing at an option rather than naming it.
	 */
	static boolean pointsAtOneOption(String said) {
		return PRONOUN_ONE.matcher(said).find();
	}

	static Set<String> words(String said) {
		Set<String> words = new LinkedHashSet<>();
		Matcher matcher = WORD.matcher(said);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

	/**
	 * "The one at 10" reads as "the 1st at 10" and "the earlier one" as 1 p.m.; when
	 * picking among options a date counts only if the caller named a day, and a "one"
	 * that stands for an option is no time.
	 */
	static Extraction withoutStrayReadings(Extraction heard, String said) {
		boolean strayDate = heard.date() != null && !DAY_WORDS.matcher(said).find();
		boolean strayTime = LocalTime.of(13, 0).equals(heard.time()) && PRONOUN_ONE.matcher(said).find()
				&& !ONE_AS_TIME.matcher(said).find();
		if (!strayDate && !strayTime) {
			return heard;
		}
		return new Extraction(heard.intent(), strayDate ? null : heard.date(), strayTime ? null : heard.time(), null,
				heard.timeWindow(), heard.dateRange(), heard.durationMin(), heard.name(), heard.phone(),
				heard.service(), heard.confidence(), heard.normalizedText());
	}

}
