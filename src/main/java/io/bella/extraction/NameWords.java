package io.bella.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a name found by one cue, at most four, with the token each came from.
 */
final class NameWords {

	final int[] at = new int[4];

	final String[] parts = new String[4];

	int count;

	/** The first token after the name and any spelling of it. */
	int end;

	void add(int index, String part) {
		if (this.count < this.at.length) {
			this.at[this.count] = index;
			this.parts[this.count] = part;
			this.count++;
			this.end = Math.max(this.end, index + 1);
		}
	}

	/**
	 * A spelling of the name said before it: all its words when the spelling has as many,
	 * else the word each spelled word begins like ("Nguyen, N G U Y E N"). A spelling run
	 * together ("Mary M A R Y M C D O N A L D") is cut where the heard words end.
	 */
	void respell(SpelledName.Spelling spelling) {
		List<String> spelled = cut(spelling.words());
		if (spelled.size() >= this.count) {
			this.count = 0;
			for (int k = 0; k < spelled.size() && k < this.at.length; k++) {
				this.at[k] = spelling.end() - 1;
				this.parts[k] = spelled.get(k);
				this.count++;
			}
		}
		else {
			spelled.forEach(this::respell);
		}
		this.end = Math.max(this.end, spelling.end());
	}

	/**
	 * One spelled run that spells several of the heard words, as a recognizer writes it
	 * without the pauses between them ("Catherine Dubois, C A T H E R I N E D U B O I
	 * S"), cut where the heard words end; a run that goes on past them ("Mary, M A R Y M
	 * C D O N A L D") keeps the rest as a word of its own.
	 */
	private List<String> cut(List<String> spelled) {
		if (spelled.size() != 1 || this.count == 0) {
			return spelled;
		}
		String run = spelled.get(0).toLowerCase(Locale.ROOT);
		List<String> pieces = new ArrayList<>();
		int from = 0;
		for (int q = 0; q < this.count; q++) {
			String heard = this.parts[q].toLowerCase(Locale.ROOT);
			int rest = run.length() - from - heard.length();
			if (!run.startsWith(heard, from) || rest < ((q == this.count - 1) ? 3 : 2)) {
				break;
			}
			pieces.add(heard);
			from += heard.length();
		}
		if (pieces.isEmpty() && this.count >= 2) {
			// the first name spelled otherwise than heard: the surname still ends the run
			String last = this.parts[this.count - 1].toLowerCase(Locale.ROOT);
			if (run.endsWith(last) && run.length() - last.length() >= 2) {
				pieces.add(run.substring(0, run.length() - last.length()));
				from = run.length() - last.length();
			}
		}
		if (pieces.isEmpty()) {
			return spelled;
		}
		pieces.add(run.substring(from));
		return pieces.stream().map(SpelledName::cased).toList();
	}

	/**
	 * A name spelled out after it ("Nguyen, N G U Y E N") replaces the word it spells:
	 * the last one with its first letter, else the last one.
	 */
	private void respell(String spelled) {
		int target = this.count - 1;
		char initial = Character.toLowerCase(spelled.charAt(0));
		for (int q = this.count - 1; q >= 0; q--) {
			if (Character.toLowerCase(this.parts[q].charAt(0)) == initial) {
				target = q;
				break;
			}
		}
		this.parts[target] = spelled;
	}

	/** The name as one string, or {@code null} when no word was found. */
	String join() {
		if (this.count == 0) {
			return null;
		}
		if (this.count == 3 && this.parts[0].equalsIgnoreCase(this.parts[2])) {
			// "Gagnon, Luc Gagnon": the surname said first, then the whole name
			return this.parts[1] + " " + this.parts[2];
		}
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < this.count; k++) {
			if (k > 0) {
				sb.append(' ');
			}
			sb.append(this.parts[k]);
		}
		return sb.toString();
	}

}
