package io.bella.voice;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallActivityTests {

	@Test
	void theNinetyFifthPercentileIsTheNearestRank() {
		List<Long> hundred = LongStream.rangeClosed(1, 100).boxed().toList();

		assertThat(CallActivity.percentile(hundred, 95)).hasValue(95);
		assertThat(CallActivity.percentile(List.of(40L, 900L), 95)).hasValue(900);
		assertThat(CallActivity.percentile(List.of(70L), 95)).hasValue(70);
	}

	@Test
	void withoutTurnsThereIsNoPercentile() {
		assertThat(CallActivity.percentile(List.of(), 95)).isEmpty();
	}

}
