package io.bella.operations.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * When calls come in: the calls that started in each hour of the week (local time of the
 * clinic) over a window, and the busiest three.
 *
 * @param from the window's start
 * @param to the window's end
 * @param top the three busiest hours of the week, busiest first (fewer when fewer had
 * calls)
 * @param heatMap calls per weekday (Monday first) and local hour (0 to 23)
 */
@Schema(name = "BusinessPeakHours")
record PeakHours(OffsetDateTime from, OffsetDateTime to, List<Hour> top, List<List<Integer>> heatMap) {

	static final int TOP = 3;

	static PeakHours of(List<Instant> starts, Instant from, Instant to, ZoneId zone) {
		int[][] counts = new int[7][24];
		for (Instant start : starts) {
			if (!start.isBefore(from) && start.isBefore(to)) {
				ZonedDateTime local = start.atZone(zone);
				counts[local.getDayOfWeek().getValue() - 1][local.getHour()]++;
			}
		}
		List<Hour> hours = new ArrayList<>();
		List<List<Integer>> heatMap = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			List<Integer> row = new ArrayList<>(24);
			for (int hour = 0; hour < 24; hour++) {
				row.add(counts[day][hour]);
				if (counts[day][hour] > 0) {
					hours.add(new Hour(DayOfWeek.of(day + 1), hour, counts[day][hour]));
				}
			}
			heatMap.add(List.copyOf(row));
		}
		// the sort is stable: among equal counts the earlier hour of the week comes first
		List<Hour> top = hours.stream().sorted(Comparator.comparingInt(Hour::calls).reversed()).limit(TOP).toList();
		return new PeakHours(from.atZone(zone).toOffsetDateTime(), to.atZone(zone).toOffsetDateTime(), top,
				List.copyOf(heatMap));
	}

	/**
	 * An hour of the week.
	 *
	 * @param dayOfWeek the weekday
	 * @param hour the local hour it starts at, 0 to 23
	 * @param calls the calls that started in it over the window
	 */
	@Schema(name = "BusinessPeakHour")
	record Hour(DayOfWeek dayOfWeek, int hour, int calls) {
	}

}
