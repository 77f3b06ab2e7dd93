package io.bella.extraction;

/**
 * The words of a name found by one cue, at most four, with the token each came from.
 */
final class NameWords {

	final int[] at = new int[4];

	final String[] parts = new String[4];

	int count;

	void add(int index, String part) {
		if (this.count < this.at.length) {
			this.at[this.count] = index;
			this.parts[this.count] = part;
			this.count++;
		}
	}

	/**
	 * A name spelled out after it ("Nguyen, N G U Y E N") replaces the word it spells:
	 * the last one with its first letter, else the last one.
	 */
	void respell(String spelled) {
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
