package io.bella.dialogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.bella.dialogue.CallSession.SlotOption;

/**
 * The times read out to the caller, the one they chose, and the times they turned down in
 * this call, which are not offered again.
 *
 * @param options the times offered, in the order they were read
 * @param chosen the time the caller picked, or {@code null}
 * @param confirmed whether the caller said yes to the chosen time
 * @param refused the starts of the times the caller turned down, oldest first; never
 * {@code null}
 */
record Offer(List<SlotOption> options, SlotOption chosen, boolean confirmed, List<Instant> refused) {

	static final Offer NONE = new Offer(List.of(), null, false, List.of());

	/**
	 * Enough to cover a call; older refusals give way so that the session stays small.
	 */
	private static final int MAX_REFUSED = 24;

	Offer {
		options = (options != null) ? List.copyOf(options) : List.of();
		refused = (refused != null) ? List.copyOf(refused) : List.of();
	}

	Offer(List<SlotOption> options, SlotOption chosen, boolean confirmed) {
		this(options, chosen, confirmed, List.of());
	}

	/**
	 * A fresh offer of these times, none chosen yet.
	 */
	static Offer of(List<SlotOption> options) {
		return new Offer(options, null, false, List.of());
	}

	/**
	 * New times read out in the same call: what the caller turned down stays turned down.
	 */
	Offer reoffered(List<SlotOption> options) {
		return new Offer(options, null, false, this.refused);
	}

	Offer narrowedTo(List<SlotOption> options) {
		return new Offer(options, this.chosen, this.confirmed, this.refused);
	}

	Offer choose(SlotOption chosen, boolean confirmed) {
		return new Offer(this.options, chosen, confirmed, this.refused);
	}

	Offer withChosen(SlotOption chosen) {
		return new Offer(this.options, chosen, this.confirmed, this.refused);
	}

	Offer confirm() {
		return new Offer(this.options, this.chosen, true, this.refused);
	}

	/**
	 * The caller turned these times down.
	 */
	Offer refusing(Collection<SlotOption> declined) {
		List<Instant> all = new ArrayList<>(this.refused);
		for (SlotOption option : declined) {
			if (option != null && !all.contains(option.startsAt())) {
				all.add(option.startsAt());
			}
		}
		List<Instant> kept = all.subList(Math.max(0, all.size() - MAX_REFUSED), all.size());
		return new Offer(this.options, this.chosen, this.confirmed, kept);
	}

}
