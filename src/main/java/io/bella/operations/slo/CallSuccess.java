package io.bella.operations.slo;

import java.util.List;

/**
 * What makes a call a success, read from Bella's own turns, for the {@code call-success}
 * SLO ({@link CallSuccesses}, in SQL) and the business metrics' success rate (each call's
 * facts as it ends), so that both count the same calls (docs/operations.md#slos).
 */
public class CallSuccess {

	private final List<String> askedHandoffs;

	private final String answeredMarker;

	/**
	 * A definition from the phrases Bella speaks ({@code bella.operations.slo.*}).
	 * @param askedHandoffs how Bella's reply begins when it hands over a caller who asked
	 * for it
	 * @param answeredMarker what Bella says once it has dealt with a request
	 */
	public CallSuccess(List<String> askedHandoffs, String answeredMarker) {
		this.askedHandoffs = List.copyOf(askedHandoffs);
		this.answeredMarker = answeredMarker;
	}

	/**
	 * Whether a turn handed the caller to a person or a message because the caller asked
	 * for it (or accepted Bella's offer, or reported an emergency), rather than because
	 * Bella could not help.
	 * @param action the turn's action by name ({@code TRANSFER})
	 * @param fallback whether the turn was the apology path
	 * @param said what Bella answered
	 * @return whether it was a hand-over the caller wanted
	 */
	public boolean askedHandoff(String action, boolean fallback, String said) {
		return ("TRANSFER".equals(action) || "TAKE_MESSAGE".equals(action)) && !fallback && said != null
				&& this.askedHandoffs.stream().anyMatch(said::startsWith);
	}

	/**
	 * Whether Bella said, in a turn, that it had dealt with the caller's request.
	 * @param said what Bella answered
	 * @return whether it is the "anything else?" of a request dealt with
	 */
	public boolean dealtWith(String said) {
		return said != null && said.contains(this.answeredMarker);
	}

}
