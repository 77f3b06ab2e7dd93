package io.bella.operations.slo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.bella.operations.slo.SloCounters.Snapshot;
import io.bella.system.InstanceId;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counted SLO events in the database: each instance's rows per series and minute
 * ({@code slo_minute}) with absolute counts, and per hour ({@code slo_hour}) summed from
 * them, so that a window of days reads at most a few hundred rows per series.
 */
@Component
class SloRollups {

	private final JdbcClient jdbc;

	private final InstanceId instance;

	SloRollups(JdbcClient jdbc, InstanceId instance) {
		this.jdbc = jdbc;
		this.instance = instance;
	}

	/**
	 * Writes this instance's counts: each minute's row gets what the database held for it
	 * before this process first wrote it plus what this process counted, and each hour
	 * touched is summed again. Running it twice writes the same.
	 */
	@Transactional
	void write(Collection<Snapshot> snapshots) {
		Set<HourOf> hours = new LinkedHashSet<>();
		for (Snapshot snapshot : snapshots) {
			if (snapshot.cell().base() == null) {
				snapshot.cell().base(stored(snapshot.series(), snapshot.minute()));
			}
			Counts counts = snapshot.cell().base().plus(snapshot.counts());
			upsertMinute(snapshot.series(), snapshot.minute(), counts);
			hours.add(new HourOf(snapshot.series(), snapshot.minute().truncatedTo(ChronoUnit.HOURS)));
		}
		hours.forEach(this::sumHour);
	}

	/**
	 * A series' events in a window of whole minutes, over every instance: whole hours
	 * from {@code slo_hour}, the minutes at either end from {@code slo_minute}.
	 */
	Counts count(String series, Instant from, Instant to) {
		Instant firstHour = ceilHour(from);
		Instant lastHour = to.truncatedTo(ChronoUnit.HOURS);
		if (!firstHour.isBefore(lastHour)) {
			firstHour = to;
			lastHour = to;
		}
		return this.jdbc
			.sql("""
					SELECT COALESCE(SUM(total), 0) AS total, COALESCE(SUM(good), 0) AS good FROM (
					  SELECT total, good FROM slo_hour WHERE series = ? AND hour_start >= ? AND hour_start < ?
					  UNION ALL
					  SELECT total, good FROM slo_minute
					  WHERE series = ? AND ((minute_start >= ? AND minute_start < ?) OR (minute_start >= ? AND minute_start < ?))
					) counted""")
			.params(series, utc(firstHour), utc(lastHour), series, utc(from), utc(firstHour), utc(lastHour), utc(to))
			.query((rs, row) -> new Counts(rs.getLong("total"), rs.getLong("good")))
			.single();
	}

	/**
	 * A series' events in several windows of whole minutes that end together, with two
	 * queries: the whole hours any window holds from {@code slo_hour}, the minutes at the
	 * windows' ends from {@code slo_minute}.
	 */
	Map<Duration, Counts> count(String series, Instant end, List<Duration> windows) {
		Instant lastHour = end.truncatedTo(ChronoUnit.HOURS);
		Instant hoursFrom = lastHour;
		List<Instant[]> ranges = new ArrayList<>();
		for (Duration window : windows) {
			Instant from = end.minus(window);
			Instant firstHour = ceilHour(from);
			if (firstHour.isBefore(lastHour)) {
				hoursFrom = firstHour.isBefore(hoursFrom) ? firstHour : hoursFrom;
				ranges.add(new Instant[] { from, firstHour });
				ranges.add(new Instant[] { lastHour, end });
			}
			else {
				ranges.add(new Instant[] { from, end });
			}
		}
		NavigableMap<Instant, Counts> hours = rows("slo_hour", "hour_start", series,
				List.<Instant[]>of(new Instant[] { hoursFrom, lastHour }));
		NavigableMap<Instant, Counts> minutes = rows("slo_minute", "minute_start", series, merge(ranges));
		Map<Duration, Counts> counts = new LinkedHashMap<>();
		for (Duration window : windows) {
			Instant from = end.minus(window);
			Instant firstHour = ceilHour(from);
			counts.put(window,
					firstHour.isBefore(lastHour) ? sum(minutes, from, firstHour).plus(sum(hours, firstHour, lastHour))
						.plus(sum(minutes, lastHour, end)) : sum(minutes, from, end));
		}
		return counts;
	}

	private NavigableMap<Instant, Counts> rows(String table, String column, String series, List<Instant[]> ranges) {
		NavigableMap<Instant, Counts> rows = new TreeMap<>();
		List<Instant[]> nonEmpty = ranges.stream().filter((range) -> range[0].isBefore(range[1])).toList();
		if (nonEmpty.isEmpty()) {
			return rows;
		}
		List<Object> params = new ArrayList<>();
		params.add(series);
		nonEmpty.forEach((range) -> {
			params.add(utc(range[0]));
			params.add(utc(range[1]));
		});
		String within = nonEmpty.stream()
			.map((range) -> "(" + column + " >= ? AND " + column + " < ?)")
			.collect(Collectors.joining(" OR "));
		this.jdbc
			.sql("SELECT " + column + " AS start, SUM(total) AS total, SUM(good) AS good FROM " + table
					+ " WHERE series = ? AND (" + within + ") GROUP BY " + column)
			.params(params)
			.query((RowCallbackHandler) (rs) -> rows.put(rs.getObject("start", OffsetDateTime.class).toInstant(),
					new Counts(rs.getLong("total"), rs.getLong("good"))));
		return rows;
	}

	private static List<Instant[]> merge(List<Instant[]> ranges) {
		List<Instant[]> sorted = new ArrayList<>(ranges);
		sorted.sort(Comparator.comparing((Instant[] range) -> range[0]));
		List<Instant[]> merged = new ArrayList<>();
		for (Instant[] range : sorted) {
			Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !range[0].isAfter(last[1])) {
				last[1] = range[1].isAfter(last[1]) ? range[1] : last[1];
			}
			else {
				merged.add(new Instant[] { range[0], range[1] });
			}
		}
		return merged;
	}

	private static Counts sum(NavigableMap<Instant, Counts> rows, Instant from, Instant to) {
		Counts sum = Counts.NONE;
		if (from.isBefore(to)) {
			for (Counts counts : rows.subMap(from, true, to, false).values()) {
				sum = sum.plus(counts);
			}
		}
		return sum;
	}

	private static Instant ceilHour(Instant instant) {
		Instant hour = instant.truncatedTo(ChronoUnit.HOURS);
		return hour.isBefore(instant) ? hour.plus(1, ChronoUnit.HOURS) : hour;
	}

	/**
	 * Deletes the counts of every instance older than {@code before}.
	 * @return the rows deleted
	 */
	int purge(List<String> series, Instant before) {
		int purged = 0;
		for (String name : series) {
			purged += this.jdbc.sql("DELETE FROM slo_minute WHERE series = ? AND minute_start < ?")
				.params(name, utc(before))
				.update();
			purged += this.jdbc.sql("DELETE FROM slo_hour WHERE series = ? AND hour_start < ?")
				.params(name, utc(before))
				.update();
		}
		return purged;
	}

	private Counts stored(String series, Instant minute) {
		return this.jdbc
			.sql("SELECT total, good FROM slo_minute WHERE series = ? AND minute_start = ? AND instance_id = ?")
			.params(series, utc(minute), this.instance.value())
			.query((rs, row) -> new Counts(rs.getLong("total"), rs.getLong("good")))
			.optional()
			.orElse(Counts.NONE);
	}

	private void upsertMinute(String series, Instant minute, Counts counts) {
		// one writer per instance id (the flush), so the insert after a missed update
		// meets no other
		int updated = this.jdbc.sql("""
				UPDATE slo_minute SET total = ?, good = ? WHERE series = ? AND minute_start = ? AND instance_id = ?""")
			.params(counts.total(), counts.good(), series, utc(minute), this.instance.value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("INSERT INTO slo_minute (series, minute_start, instance_id, total, good) VALUES (?, ?, ?, ?, ?)")
				.params(series, utc(minute), this.instance.value(), counts.total(), counts.good())
				.update();
		}
	}

	private void sumHour(HourOf hour) {
		Counts counts = this.jdbc.sql("""
				SELECT COALESCE(SUM(total), 0) AS total, COALESCE(SUM(good), 0) AS good FROM slo_minute
				WHERE series = ? AND minute_start >= ? AND minute_start < ? AND instance_id = ?""")
			.params(hour.series(), utc(hour.start()), utc(hour.start().plus(1, ChronoUnit.HOURS)),
					this.instance.value())
			.query((rs, row) -> new Counts(rs.getLong("total"), rs.getLong("good")))
			.single();
		int updated = this.jdbc.sql("""
				UPDATE slo_hour SET total = ?, good = ? WHERE series = ? AND hour_start = ? AND instance_id = ?""")
			.params(counts.total(), counts.good(), hour.series(), utc(hour.start()), this.instance.value())
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO slo_hour (series, hour_start, instance_id, total, good) VALUES (?, ?, ?, ?, ?)")
				.params(hour.series(), utc(hour.start()), this.instance.value(), counts.total(), counts.good())
				.update();
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record HourOf(String series, Instant start) {
	}

}
