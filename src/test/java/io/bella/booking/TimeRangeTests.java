package io.bella.booking;

import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeRangeTests {

	static final TimeRange DAY = new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0));

	@Test
	void aBreakSplitsTheDay() {
		assertThat(DAY.minus(List.of(range(12, 13)))).containsExactly(range(9, 12), range(13, 17));
	}

	@Test
	void breaksAtTheEdgesOrOutsideTrimOrLeaveTheDay() {
		assertThat(DAY.minus(List.of(range(8, 10), range(16, 18)))).containsExactly(range(10, 16));
		assertThat(DAY.minus(List.of(range(18, 19)))).containsExactly(DAY);
		assertThat(DAY.minus(List.of(range(8, 18)))).isEmpty();
	}

	@Test
	void containsIsEndExclusive() {
		assertThat(DAY.contains(LocalTime.of(9, 0), LocalTime.of(17, 0))).isTrue();
		assertThat(DAY.contains(LocalTime.of(16, 45), LocalTime.of(17, 15))).isFalse();
		assertThat(DAY.contains(LocalTime.of(17, 0))).isFalse();
	}

	private static TimeRange range(int from, int to) {
		return new TimeRange(LocalTime.of(from, 0), LocalTime.of(to, 0));
	}

}
