package io.bella.dashboard.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * The heat map's colours: each cell's count in one of five levels, 0 for no calls and 1
 * to 4 for quarters of the busiest cell, so that a cell is coloured by a CSS class and
 * read by its number.
 */
final class HeatLevels {

	static final int LEVELS = 4;

	private HeatLevels() {
	}

	/** 0 without calls, otherwise 1 to 4 by the quarter of {@code max} it reaches. */
	static int level(int count, int max) {
		if (count <= 0 || max <= 0) {
			return 0;
		}
		return Math.max(1, Math.min(LEVELS, (int) Math.ceil((double) count * LEVELS / max)));
	}

	/** The grid's cells, row by row, with their levels. */
	static List<List<Cell>> of(List<List<Integer>> grid) {
		int max = grid.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
		List<List<Cell>> rows = new ArrayList<>(grid.size());
		for (List<Integer> row : grid) {
			rows.add(row.stream().map((count) -> new Cell(count, level(count, max))).toList());
		}
		return List.copyOf(rows);
	}

	/**
	 * One cell.
	 *
	 * @param calls how many
	 * @param level 0 to 4
	 */
	record Cell(int calls, int level) {
	}

}
