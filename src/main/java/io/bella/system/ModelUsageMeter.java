package io.bella.system;

import java.util.function.Supplier;

/**
 * Counts the language model's usage of a piece of work on the current thread, so that the
 * tokens of a call's turn are recorded with the turn (and its cost with the call) without
 * the code between the turn and the model passing them along. The model's client
 * {@linkplain #record(ModelUsage) records} each answer's usage on the thread that asked;
 * the work that wants the total {@linkplain #measure(Supplier) measures} itself. A usage
 * recorded while nothing measures is dropped.
 */
public final class ModelUsageMeter {

	private static final ThreadLocal<ModelUsage[]> CURRENT = new ThreadLocal<>();

	private ModelUsageMeter() {
	}

	/**
	 * Runs work and counts the model usage it records on this thread.
	 * @param <T> what the work answers
	 * @param work the work
	 * @return its answer and the usage
	 */
	public static <T> Measured<T> measure(Supplier<T> work) {
		ModelUsage[] outer = CURRENT.get();
		ModelUsage[] tally = { ModelUsage.NONE };
		CURRENT.set(tally);
		try {
			T result = work.get();
			return new Measured<>(result, tally[0]);
		}
		finally {
			if (outer != null) {
				outer[0] = outer[0].plus(tally[0]);
				CURRENT.set(outer);
			}
			else {
				CURRENT.remove();
			}
		}
	}

	/**
	 * Adds a usage to what this thread's work is measuring, if anything.
	 * @param usage a model's answer's usage
	 */
	public static void record(ModelUsage usage) {
		ModelUsage[] tally = CURRENT.get();
		if (tally != null && usage != null) {
			tally[0] = tally[0].plus(usage);
		}
	}

	/**
	 * Adds the tokens a chat completion was charged for to what this thread's work is
	 * measuring, whatever the completion says otherwise.
	 * @param model the model asked, as configured
	 * @param completion the completion, or {@code null}
	 */
	public static void charge(String model, OpenAiClient.ChatCompletion completion) {
		OpenAiClient.Usage usage = (completion != null) ? completion.usage() : null;
		if (usage != null) {
			record(ModelUsage.of(model, tokens(usage.promptTokens()), tokens(usage.completionTokens())));
		}
	}

	private static long tokens(Long count) {
		return (count != null) ? count : 0;
	}

	/**
	 * What measured work answered, and the model usage it recorded.
	 *
	 * @param <T> the work's answer
	 * @param result the answer
	 * @param usage the usage; {@link ModelUsage#NONE} when the model was not asked
	 */
	public record Measured<T>(T result, ModelUsage usage) {
	}

}
