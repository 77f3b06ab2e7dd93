package io.bella.operations.kpi;

import java.time.Instant;
import java.util.List;

import io.bella.operations.KpiBoard.Share;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DistributionsTests {

	@Test
	void callsFallInTheClassOfTheirLengthTheLowerBoundIncluded() {
		List<KpiCall> calls = List.of(call(0, 1), call(29, 1), call(30, 2), call(60, 3), call(599, 5), call(600, 9),
				call(null, 2));

		List<Share> durations = Distributions.durations(calls);

		assertThat(durations).extracting(Share::calls).containsExactly(2L, 1L, 1L, 0L, 0L, 1L, 1L);
		assertThat(durations).extracting(Share::label).first().isEqualTo("under 30 s");
	}

	@Test
	void callsFallInTheClassOfTheirTurns() {
		List<KpiCall> calls = List.of(call(10, 0), call(10, 1), call(10, 2), call(10, 8), call(10, 9), call(10, 40));

		assertThat(Distributions.turns(calls)).extracting(Share::calls).containsExactly(2L, 1L, 0L, 0L, 0L, 1L, 1L, 1L);
	}

	@Test
	void withoutCallsEveryClassIsEmpty() {
		assertThat(Distributions.durations(List.of())).hasSize(7).extracting(Share::calls).containsOnly(0L);
	}

	private static KpiCall call(Integer durationSec, int turns) {
		Instant start = Instant.parse("2031-05-13T14:00:00Z");
		return new KpiCall("CA" + durationSec + "-" + turns, start, start.plusSeconds(60), durationSec, "BOOKED", turns,
				turns, false, false);
	}

}
