package io.bella.dialogue;

import java.util.List;

import io.bella.dialogue.CallSession.SlotOption;

/**
 * The times read out to the caller and the one they chose.
 *
 * @param options the times offered, in the order they were read
 * @param chosen the time the caller picked, or {@code null}
 * @param confirmed whether the caller said yes to the chosen time
 */
record Offer(List<SlotOption> options, SlotOption chosen, boolean confirmed) {

	static final Offer NONE = new Offer(List.of(), null, false);

	Offer {
		options = (options != null) ? List.copyOf(options) : List.of();
	}

	/**
	 * A fresh offer of these times, none chosen yet.
	 */
	static Offer of(List<SlotOption> options) {
		return new Offer(options, null, false);
	}

	Offer narrowedTo(List<SlotOption> options) {
		return new Offer(options, this.chosen, this.confirmed);
	}

	Offer choose(SlotOption chosen, boolean confirmed) {
		return new Offer(this.options, chosen, confirmed);
	}

	Offer withChosen(SlotOption chosen) {
		return new Offer(this.options, chosen, this.confirmed);
	}

	Offer confirm() {
		return new Offer(this.options, this.chosen, true);
	}

}
