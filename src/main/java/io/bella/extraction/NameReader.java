package io.bella.extraction;

import java.util.Set;

/**
 * Reads the patient's name: after "my name is", "this is", "I'm", "it's ... speaking",
 * "first name ... last name ...", for someone else ("it's for my son, his name is ..."),
 * or as a bare answer when the dialogue asked for a name. Letters spelled out win over
 * the heard spelling.
 */
final class NameReader {

	/** Words that never start or continue a name. */
	static final Set<String> STOP = WordLists.words("name-stop-words.txt");

	private static final Set<String> RELATIVES = WordLists.words("relatives.txt");

	private static final Set<String> LEAD_INS = WordLists.words("name-lead-ins.txt");

	/** Words between a name and its spelling: "Nguyen, that's N G U Y E N". */
	private static final Set<String> SPELLING_CUES = Set.of("spelled", "that's", "that", "is", "it's", "spell", "it",
			"as");

	/**
	 * Words that start another part of the name: a spelling is never looked for past
	 * them.
	 */
	private static final Set<String> CUES = Set.of("first", "last", "surname", "family", "middle");

	private final Transcript t;

	private final Expectation expect;

	/** The words of the clinic's own name: "this is Maple Dental" names no caller. */
	private final Set<String> clinicNameWords;

	/** The caller's own name, after "my name is", "this is", "I'm". */
	private NameWords own;

	/** Someone else's name, after "his name is", "my son". */
	private NameWords other;

	/** After "first name". */
	private String first;

	/** After "last name", "surname". */
	private String last;

	private NameReader(Transcript t, Expectation expect, Set<String> clinicNameWords) {
		this.t = t;
		this.expect = expect;
		this.clinicNameWords = clinicNameWords;
	}

	static String read(Transcript t, Expectation expect, Set<String> clinicNameWords) {
		return NameCorrections.corrected(new NameReader(t, expect, clinicNameWords).read(), t);
	}

	private String read() {
		for (int i = 0; i < this.t.size; i++) {
			if (!readOtherAt(i) && !readPartAt(i)) {
				readOwnAt(i);
			}
		}
		if (nothingFound()) {
			this.own = bare();
		}
		if (nothingFound()) {
			this.own = beforeSpeaking();
		}
		if (this.own != null) {
			spell(this.own, this.own.end);
		}
		if (this.other != null) {
			spell(this.other, this.other.end);
			return this.other.join();
		}
		if (this.first != null || this.last != null) {
			return firstAndLast();
		}
		if (this.own != null) {
			return this.own.join();
		}
		return firstSpelled();
	}

	private boolean nothingFound() {
		return this.own == null && this.other == null && this.first == null && this.last == null;
	}

	/**
	 * "his name is", "the patient's name is", "my son Leo": someone else's name. Whether
	 * one of these cues is at i.
	 */
	private boolean readOtherAt(int i) {
		String w = this.t.words[i];
		String next = this.t.word(i + 1);
		if ((w.equals("his") || w.equals("her") || w.equals("their")) && next.equals("name")
				&& (this.t.is(i + 2, "is") || this.t.is(i + 2, "'s"))
				|| (w.equals("patient's") || w.equals("patient")) && next.equals("name") && this.t.is(i + 2, "is")) {
			NameWords f = words(i + 3, 3, false);
			if (f.count > 0) {
				this.other = f;
			}
			return true;
		}
		if (w.equals("my") && RELATIVES.contains(next) && this.other == null) {
			int j = i + 2;
			if (this.t.is(j, "who's") || this.t.is(j, "named") || this.t.is(j, "called")) {
				j++;
			}
			NameWords f = words(j, 3, true);
			if (f.count > 0) {
				this.other = f;
			}
			return true;
		}
		return false;
	}

	/**
	 * "first name ...", "last name ...", "surname ...". Whether one of these cues is at
	 * i.
	 */
	private boolean readPartAt(int i) {
		String w = this.t.words[i];
		String next = this.t.word(i + 1);
		if (w.equals("first") && next.equals("name")) {
			int j = (this.t.is(i + 2, "is") || this.t.is(i + 2, "'s")) ? i + 3 : i + 2;
			NameWords f = words(j, 1, false);
			if (f.count > 0) {
				spell(f, f.end);
				this.first = f.join();
			}
			return true;
		}
		if ((w.equals("last") || w.equals("family")) && next.equals("name") || w.equals("surname")) {
			int j = w.equals("surname") ? i + 1 : i + 2;
			if (this.t.is(j, "is") || this.t.is(j, "'s")) {
				j++;
			}
			NameWords f = words(j, 2, false);
			if (f.count > 0) {
				spell(f, f.end);
				this.last = f.join();
			}
			return true;
		}
		return false;
	}

	/** "my name is", "this is", "I'm", "it's ... speaking", "call me", "under". */
	private void readOwnAt(int i) {
		if (this.own != null) {
			return;
		}
		String w = this.t.words[i];
		String next = this.t.word(i + 1);
		NameWords f = null;
		if (w.equals("name") && (next.equals("is") || next.equals("'s")) || w.equals("name's")
				|| w.equals("names") && !next.isEmpty()) {
			String prev = this.t.word(i - 1);
			if (!prev.equals("first") && !prev.equals("last") && !prev.equals("his") && !prev.equals("her")
					&& !prev.equals("their") && !prev.equals("family")) {
				f = words(w.equals("name") ? i + 2 : i + 1, 3, false);
			}
		}
		else if (w.equals("this") && next.equals("is")) {
			f = words(i + 2, 3, false);
		}
		else if (w.equals("i'm") || w.equals("im") || w.equals("i") && next.equals("am")) {
			f = words(w.equals("i") ? i + 2 : i + 1, 3, true);
		}
		else if (w.equals("it's") || w.equals("its") || w.equals("it") && next.equals("is")) {
			int j = w.equals("it") ? i + 2 : i + 1;
			f = words(j, 3, !speakingAfter(j));
			boolean named = speakingAfter(j) || this.expect == Expectation.NAME || capitalized(f)
					|| NameCorrections.spellingAfter(this.t, f.end);
			f = named ? f : null;
		}
		else if (w.equals("call") && next.equals("me")
				|| w.equals("under") && (next.equals("the") && this.t.is(i + 2, "name") || !next.isEmpty())) {
			int j = w.equals("call") ? i + 2 : next.equals("the") ? i + 3 : i + 1;
			if (this.t.is(j, "of")) {
				j++;
			}
			f = words(j, 3, w.equals("under") && !next.equals("the"));
		}
		if (f != null && f.count > 0) {
			this.own = f;
		}
	}

	/** The name from "first name ..." and "last name ...", with the name said before. */
	private String firstAndLast() {
		if (this.first != null && this.last != null) {
			return this.first + " " + this.last;
		}
		if (this.last != null && this.own != null && this.own.count == 1
				&& !this.own.parts[0].equalsIgnoreCase(this.last)) {
			return this.own.parts[0] + " " + this.last;
		}
		if (this.first != null && this.own != null && this.own.count >= 1
				&& this.own.parts[0].equalsIgnoreCase(this.first)) {
			return this.own.join();
		}
		if (this.first != null && this.own != null && this.own.count == 1) {
			// "it's Tremblay, first name Marie-Ève": the surname came first
			return this.first + " " + this.own.parts[0];
		}
		return (this.first != null) ? this.first : this.last;
	}

	private boolean speakingAfter(int j) {
		for (int k = j; k < j + 4 && k < this.t.size; k++) {
			if (this.t.words[k].equals("speaking") || this.t.words[k].equals("calling")
					|| this.t.words[k].equals("here")) {
				return true;
			}
		}
		return false;
	}

	private boolean capitalized(NameWords f) {
		if (!this.t.anyUpperCase) {
			return false;
		}
		for (int k = 0; k < f.count; k++) {
			if (!Character.isUpperCase(this.t.raw[f.at[k]].charAt(0))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A bare answer to "what's your name?": the words left after lead-ins, if they look
	 * like a name.
	 */
	private NameWords bare() {
		int j = 0;
		while (j < this.t.size && (LEAD_INS.contains(this.t.words[j]) || this.t.words[j].equals("no"))) {
			j++;
		}
		NameWords f = words(j, 3, false);
		// a name with its spelling ("Catherine with a C") is a name whatever was asked
		boolean named = this.expect == Expectation.NAME || f.count > 0 && NameCorrections.spellingAfter(this.t, f.end);
		return (f.count > 0 && named) ? f : null;
	}

	/**
	 * "Sarah speaking", "hi, Raj Singh here": the words before, at the start of the turn.
	 */
	private NameWords beforeSpeaking() {
		int j = 0;
		while (j < this.t.size && (this.t.words[j].equals("hi") || this.t.words[j].equals("hello")
				|| this.t.words[j].equals("hey") || this.t.words[j].equals("yeah") || this.t.words[j].equals("yes")
				|| this.t.words[j].equals("oh"))) {
			j++;
		}
		NameWords f = words(j, 3, false);
		int end = j + f.count;
		if (f.count > 0 && (this.t.is(end, "speaking") || this.t.is(end, "here") && !this.t.is(end + 1, "for"))) {
			return f;
		}
		return null;
	}

	/**
	 * Up to {@code max} name words from j; strict asks for capitals when the transcript
	 * has any.
	 */
	private NameWords words(int j, int max, boolean strict) {
		NameWords f = new NameWords();
		int k = j;
		while (k < this.t.size && f.count < max) {
			String w = this.t.words[k];
			if (w.length() == 1 && this.t.is(k + 1, "apostrophe") && isNameWord(this.t.word(k + 2))) {
				// "O apostrophe Sullivan"
				f.add(k + 2, SpelledName.cased(w + "'" + this.t.words[k + 2]));
				k += 3;
				continue;
			}
			if (f.count > 0 && (w.equals("hyphen") || w.equals("dash")) && isNameWord(this.t.word(k + 1))) {
				// "Smith hyphen Jones"
				f.parts[f.count - 1] += "-" + proper(this.t.raw[k + 1]);
				f.end = k + 2;
				k += 2;
				continue;
			}
			if (f.count > 0 && (w.length() == 1 || w.equals("spelled"))) {
				SpelledName.Spelling spelled = SpelledName.at(this.t, w.equals("spelled") ? k + 1 : k);
				if (spelled == null) {
					break;
				}
				f.respell(spelled);
				k = spelled.end();
				continue;
			}
			if (!isNameWord(w)) {
				break;
			}
			if (strict && (this.t.anyUpperCase ? !Character.isUpperCase(this.t.raw[k].charAt(0)) : w.endsWith("ing"))) {
				break;
			}
			f.add(k, proper(this.t.raw[k]));
			k++;
		}
		if (f.count == 0) {
			SpelledName.Spelling spelled = SpelledName.at(this.t, j);
			if (spelled != null) {
				f.add(j, spelled.words().get(0));
				f.respell(spelled);
			}
		}
		return f;
	}

	private boolean isNameWord(String w) {
		if (w.length() < 2 || STOP.contains(w) || this.clinicNameWords.contains(w) || WhenWords.WEEKDAYS.containsKey(w)
				|| WhenWords.MONTHS.containsKey(w) || Transcript.CARDINALS.containsKey(w)
				|| Transcript.ORDINALS.containsKey(w)) {
			return false;
		}
		for (int k = 0; k < w.length(); k++) {
			char c = w.charAt(k);
			if (!Character.isLetter(c) && c != '\'' && c != '-') {
				return false;
			}
		}
		return true;
	}

	/**
	 * Replaces the name words with the spelling that follows them: right after, or after
	 * "spelled", "that's" a few words on, but never past the next name cue.
	 */
	private void spell(NameWords f, int from) {
		int k = from;
		while (k < this.t.size && k < from + 4 && SPELLING_CUES.contains(this.t.words[k])) {
			k++;
		}
		SpelledName.Spelling spelled = SpelledName.at(this.t, k);
		for (int s = from; spelled == null && s < this.t.size && s < from + 8 && !CUES.contains(this.t.words[s]); s++) {
			if (this.t.words[s].equals("spelled") || this.t.words[s].equals("that's")) {
				int q = s + 1;
				while (q < this.t.size && (this.t.words[q].equals("spelled") || this.t.words[q].equals("is"))) {
					q++;
				}
				spelled = SpelledName.at(this.t, q);
			}
		}
		if (spelled != null && f.count > 0) {
			f.respell(spelled);
		}
	}

	/** A spelled name with nothing else, when the dialogue asked for a name. */
	private String firstSpelled() {
		for (int i = 0; i < this.t.size; i++) {
			SpelledName.Spelling s = SpelledName.at(this.t, i);
			if (s != null && (this.expect == Expectation.NAME || this.t.is(i - 1, "spelled"))) {
				return s.joined();
			}
			i = (s != null) ? s.end() - 1 : i;
		}
		return null;
	}

	/**
	 * The heard spelling if it has capitals inside (MacDonald, DeSouza), else cased as
	 * names are (Mcdonald → McDonald, o'brien → O'Brien).
	 */
	static String proper(String raw) {
		for (int k = 1; k < raw.length(); k++) {
			if (Character.isUpperCase(raw.charAt(k))) {
				return raw;
			}
		}
		return SpelledName.cased(raw);
	}

}
