package io.bella.system;

import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's usage is counted for the work on the thread that asked, and only there.
 */
class ModelUsageMeterTests {

	@Test
	void measuredWorkCountsEveryUsageItRecords() {
		ModelUsageMeter.Measured<String> measured = ModelUsageMeter.measure(() -> {
			ModelUsageMeter.record(ModelUsage.of("gpt-4o-mini", 450, 40));
			ModelUsageMeter.record(ModelUsage.of("gpt-4o-mini", 470, 38));
			return "answer";
		});

		assertThat(measured.result()).isEqualTo("answer");
		assertThat(measured.usage()).isEqualTo(new ModelUsage("gpt-4o-mini", 2, 920, 78));
	}

	@Test
	void workThatNeverAsksTheModelCountsNothingAndUsageOutsideAnyMeasureIsDropped() {
		ModelUsageMeter.record(ModelUsage.of("gpt-4o-mini", 1000, 100));

		ModelUsageMeter.Measured<Integer> measured = ModelUsageMeter.measure(() -> 42);

		assertThat(measured.usage()).isEqualTo(ModelUsage.NONE);
	}

	@Test
	void usageRecordedOnAnotherThreadIsNotThisWorks() {
		ModelUsageMeter.Measured<Void> measured = ModelUsageMeter.measure(
				() -> CompletableFuture.runAsync(() -> ModelUsageMeter.record(ModelUsage.of("gpt-4o-mini", 300, 60)))
					.join());

		assertThat(measured.usage().requests()).isZero();
	}

	@Test
	void nestedWorkCountsForTheOuterWorkToo() {
		ModelUsageMeter.Measured<ModelUsage> outer = ModelUsageMeter.measure(() -> {
			ModelUsageMeter.record(ModelUsage.of("gpt-4o-mini", 100, 10));
			return ModelUsageMeter.measure(() -> {
				ModelUsageMeter.record(ModelUsage.of("gpt-4o-mini", 200, 20));
				return null;
			}).usage();
		});

		assertThat(outer.result()).isEqualTo(new ModelUsage("gpt-4o-mini", 1, 200, 20));
		assertThat(outer.usage()).isEqualTo(new ModelUsage("gpt-4o-mini", 2, 300, 30));
	}

	@Test
	void aCompletionWithoutUsageChargesNothing() {
		ModelUsageMeter.Measured<Void> measured = ModelUsageMeter.measure(() -> {
			ModelUsageMeter.charge("gpt-4o-mini", new OpenAiClient.ChatCompletion("id", "gpt-4o-mini", null));
			ModelUsageMeter.charge("gpt-4o-mini", null);
			ModelUsageMeter.charge("gpt-4o-mini", new OpenAiClient.ChatCompletion("id", "gpt-4o-mini", null,
					new OpenAiClient.Usage(120L, null, 120L)));
			return null;
		});

		assertThat(measured.usage()).isEqualTo(new ModelUsage("gpt-4o-mini", 1, 120, 0));
	}

}
