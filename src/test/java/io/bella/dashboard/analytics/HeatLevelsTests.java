package io.bella.dashboard.analytics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeatLevelsTests {

	@Test
	void noCallsIsLevelZeroAndTheBusiestCellLevelFour() {
		assertThat(HeatLevels.level(0, 12)).isZero();
		assertThat(HeatLevels.level(12, 12)).isEqualTo(4);
	}

	@Test
	void eachLevelIsAQuarterOfTheBusiestCellRoundedUp() {
		assertThat(HeatLevels.level(1, 12)).isEqualTo(1);
		assertThat(HeatLevels.level(3, 12)).isEqualTo(1);
		assertThat(HeatLevels.level(4, 12)).isEqualTo(2);
		assertThat(HeatLevels.level(6, 12)).isEqualTo(2);
		assertThat(HeatLevels.level(7, 12)).isEqualTo(3);
		assertThat(HeatLevels.level(9, 12)).isEqualTo(3);
		assertThat(HeatLevels.level(10, 12)).isEqualTo(4);
	}

	@Test
	void oneCallAmongManyStillShowsAsLevelOne() {
		assertThat(HeatLevels.level(1, 1000)).isEqualTo(1);
	}

	@Test
	void aGridIsLevelledAgainstItsBusiestCell() {
		List<List<HeatLevels.Cell>> cells = HeatLevels.of(List.of(List.of(0, 2, 8), List.of(4, 0, 1)));

		assertThat(cells.get(0)).extracting(HeatLevels.Cell::level).containsExactly(0, 1, 4);
		assertThat(cells.get(1)).extracting(HeatLevels.Cell::level).containsExactly(2, 0, 1);
		assertThat(cells.get(1)).extracting(HeatLevels.Cell::calls).containsExactly(4, 0, 1);
	}

	@Test
	void anEmptyGridIsAllLevelZero() {
		assertThat(HeatLevels.of(List.of(List.of(0, 0))))
			.allSatisfy((row) -> assertThat(row).extracting(HeatLevels.Cell::level).containsOnly(0));
	}

}
