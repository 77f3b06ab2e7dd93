package io.bella.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The simulated person on the phone: hears what Bella said and answers.
 */
@FunctionalInterface
public interface Caller {

	/**
	 * What the caller says after Bella spoke.
	 * @param bellaSaid everything Bella said since the caller last spoke
	 * @return the caller's words; an empty string for silence, {@code null} to hang up
	 */
	String answer(String bellaSaid);

	/**
	 * Whether the simulator should print what this caller says (a person at the terminal
	 * sees it already).
	 */
	default boolean echo() {
		return true;
	}

	/**
	 * A caller who says the given lines in order, whatever Bella says, and hangs up when
	 * they run out.
	 */
	static Caller scripted(List<String> lines) {
		Deque<String> remaining = new ArrayDeque<>(lines);
		return (bellaSaid) -> remaining.poll();
	}

	/**
	 * A person typing at a terminal: an empty line is silence, {@code /hangup} or the end
	 * of input hangs up.
	 */
	static Caller interactive(BufferedReader in) {
		return new Caller() {

			@Override
			public String answer(String bellaSaid) {
				System.out.print("  you> ");
				System.out.flush();
				try {
					String line = in.readLine();
					return (line == null || line.trim().equals("/hangup")) ? null : line.trim();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}

			@Override
			public boolean echo() {
				return false;
			}

		};
	}

}
