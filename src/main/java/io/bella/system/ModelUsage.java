package io.bella.system;

/**
 * The tokens a language model charged for: what the chat completion's {@code usage}
 * answered, summed over the requests of one piece of work (a call's turn).
 *
 * @param model the model asked, as configured ({@code gpt-4o-mini}); {@code null} when
 * none was
 * @param requests how many completions answered
 * @param inputTokens the prompt tokens charged
 * @param outputTokens the completion tokens charged
 */
public record ModelUsage(String model, int requests, long inputTokens, long outputTokens) {

	/** No request made. */
	public static final ModelUsage NONE = new ModelUsage(null, 0, 0, 0);

	/**
	 * One completion's usage.
	 * @param model the model asked
	 * @param inputTokens its prompt tokens
	 * @param outputTokens its completion tokens
	 * @return the usage of one request
	 */
	public static ModelUsage of(String model, long inputTokens, long outputTokens) {
		return new ModelUsage(model, 1, Math.max(0, inputTokens), Math.max(0, outputTokens));
	}

	/**
	 * This usage and another together; the model is the other's when it names one (a
	 * piece of work asks one model).
	 */
	public ModelUsage plus(ModelUsage other) {
		return new ModelUsage((other.model != null) ? other.model : this.model, this.requests + other.requests,
				this.inputTokens + other.inputTokens, this.outputTokens + other.outputTokens);
	}

}
