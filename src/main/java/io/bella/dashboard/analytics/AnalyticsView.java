package io.bella.dashboard.analytics;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.bella.operations.KpiBoard;

/**
 * What the analytics page shows of a period, ready to write: the headline figures against
 * the previous period, the series as table rows, the heat map's cells and each chart's
 * summary in words (its {@code aria-label}).
 *
 * @param figures the headline figures
 * @param hourly calls per local hour
 * @param daily calls, success rate and bookings per local day
 * @param sources bookings by channel
 * @param durations calls by length
 * @param turns calls by turns
 * @param heatMap calls by weekday and hour, with levels
 * @param weekdays the heat map's row names, Monday first
 * @param summaries each chart's summary by its name
 */
record AnalyticsView(List<FigureRow> figures, List<Row> hourly, List<Row> daily, List<Row> sources, List<Row> durations,
		List<Row> turns, List<List<HeatLevels.Cell>> heatMap, List<String> weekdays, Map<String, String> summaries) {

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	static AnalyticsView of(KpiBoard.Period period) {
		ZoneId zone = ZoneId.of(period.timeZone());
		List<Row> hourly = period.hourly()
			.stream()
			.map((bucket) -> new Row(HOUR.format(bucket.start().atZone(zone)), bucket.calls(), rate(bucket),
					bucket.bookings()))
			.toList();
		List<Row> daily = period.daily()
			.stream()
			.map((bucket) -> new Row(DAY.format(bucket.start().atZone(zone)), bucket.calls(), rate(bucket),
					bucket.bookings()))
			.toList();
		List<Row> sources = period.bookingsBySource()
			.entrySet()
			.stream()
			.map((entry) -> new Row(entry.getKey(), entry.getValue(), null, 0))
			.toList();
		List<Row> durations = shares(period.durations());
		List<Row> turns = shares(period.turns());
		List<String> weekdays = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
		}
		Map<String, String> summaries = Map.of("hourly", busiest("Calls per hour", hourly, "hour"), "daily",
				busiest("Calls per day", daily, "day"), "success", success(daily), "sources",
				busiest("Bookings by source", sources, "source"), "durations",
				busiest("Calls by length", durations, "length"), "turns", busiest("Calls by turns", turns, "class"));
		return new AnalyticsView(figures(period), hourly, daily, sources, durations, turns,
				HeatLevels.of(period.heatMap()), List.copyOf(weekdays), summaries);
	}

	static List<FigureRow> figures(KpiBoard.Period period) {
		Function<Number, String> count = (value) -> (value != null) ? String.valueOf(value) : "—";
		Function<Number, String> percent = (value) -> (value != null)
				? String.format(Locale.ENGLISH, "%.1f %%", value.doubleValue() * 100) : "—";
		Function<Number, String> seconds = (value) -> (value != null) ? value + " s" : "—";
		return List.of(FigureRow.of("Calls", period.calls(), count),
				FigureRow.of("Success rate", period.successRate(), percent),
				FigureRow.of("Bookings", period.bookings(), count),
				FigureRow.of("Call length, median", period.callDurationP50Sec(), seconds),
				FigureRow.of("Call length, 95th percentile", period.callDurationP95Sec(), seconds));
	}

	/** "Calls per day: 42 in all; the most, 12, on Tue 3 Mar." */
	static String busiest(String chart, List<Row> rows, String unit) {
		long total = rows.stream().mapToLong(Row::count).sum();
		if (total == 0) {
			return chart + ": none in this period.";
		}
		Row top = rows.stream().max(Comparator.comparingLong(Row::count)).orElseThrow();
		return chart + ": " + total + " in all over " + rows.size() + " " + unit + ((rows.size() == 1) ? "" : "s")
				+ "; the most, " + top.count() + ", in " + top.label() + ".";
	}

	static String success(List<Row> daily) {
		List<Row> known = daily.stream().filter((row) -> row.rate() != null).toList();
		if (known.isEmpty()) {
			return "Success rate per day: no conversations in this period.";
		}
		Row low = known.stream().min(Comparator.comparing(Row::rate)).orElseThrow();
		Row high = known.stream().max(Comparator.comparing(Row::rate)).orElseThrow();
		return "Success rate per day, on " + known.size() + " days with conversations: lowest " + percent(low.rate())
				+ " on " + low.label() + ", highest " + percent(high.rate()) + " on " + high.label() + ".";
	}

	private static List<Row> shares(List<KpiBoard.Share> shares) {
		return shares.stream().map((share) -> new Row(share.label(), share.calls(), null, 0)).toList();
	}

	private static Double rate(KpiBoard.Bucket bucket) {
		return (bucket.successRate() != null) ? Math.round(bucket.successRate() * 1000) / 10.0 : null;
	}

	private static String percent(double value) {
		return String.format(Locale.ENGLISH, "%.1f %%", value);
	}

	/**
	 * One row of a chart's table.
	 *
	 * @param label the hour, day or class
	 * @param count calls (or bookings)
	 * @param rate the success rate in percent, or {@code null}
	 * @param bookings bookings
	 */
	record Row(String label, long count, Double rate, long bookings) {
	}

	/**
	 * A headline figure against the previous period.
	 *
	 * @param name what it is
	 * @param value this period's, written
	 * @param previous the previous period's, written
	 * @param change the change in percent, written with its sign, or "—"
	 */
	record FigureRow(String name, String value, String previous, String change) {

		static FigureRow of(String name, KpiBoard.Figure figure, Function<Number, String> format) {
			String change = (figure.changePercent() != null)
					? String.format(Locale.ENGLISH, "%+.1f %%", figure.changePercent()) : "—";
			return new FigureRow(name, format.apply(figure.value()), format.apply(figure.previous()), change);
		}

	}

}
