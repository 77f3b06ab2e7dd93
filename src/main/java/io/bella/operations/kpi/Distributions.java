package io.bella.operations.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import io.bella.operations.KpiBoard.Share;

/**
 * How calls spread over classes of length and of turns: each class counts the calls whose
 * value is at least its lower bound and below the next class's.
 */
final class Distributions {

	static final int[] DURATION_BOUNDS_SEC = { 0, 30, 60, 120, 180, 300, 600 };

	static final List<String> DURATION_LABELS = List.of("under 30 s", "30–59 s", "1–2 min", "2–3 min", "3–5 min",
			"5–10 min", "10 min or more");

	static final int[] TURN_BOUNDS = { 0, 2, 3, 4, 5, 6, 9, 13 };

	static final List<String> TURN_LABELS = List.of("0–1 turns", "2 turns", "3 turns", "4 turns", "5 turns",
			"6–8 turns", "9–12 turns", "13 or more");

	private Distributions() {
	}

	/** Calls by length; a call without a known length is left out. */
	static List<Share> durations(List<KpiCall> calls) {
		return spread(calls.stream().filter((call) -> call.durationSec() != null).toList(), KpiCall::durationSec,
				DURATION_BOUNDS_SEC, DURATION_LABELS);
	}

	/** Calls by Bella's turns, the greeting included. */
	static List<Share> turns(List<KpiCall> calls) {
		return spread(calls, KpiCall::turns, TURN_BOUNDS, TURN_LABELS);
	}

	static <T> List<Share> spread(List<T> items, ToIntFunction<T> value, int[] bounds, List<String> labels) {
		long[] counts = new long[bounds.length];
		for (T item : items) {
			int v = value.applyAsInt(item);
			for (int i = bounds.length - 1; i >= 0; i--) {
				if (v >= bounds[i]) {
					counts[i]++;
					break;
				}
			}
		}
		List<Share> shares = new ArrayList<>(bounds.length);
		for (int i = 0; i < bounds.length; i++) {
			shares.add(new Share(labels.get(i), counts[i]));
		}
		return List.copyOf(shares);
	}

}
