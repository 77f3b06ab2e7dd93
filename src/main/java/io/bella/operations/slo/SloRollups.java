package io.bella.operations.slo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.bella.operations.cluster.InstanceId;
import io.bella.operations.slo.SloCounters.Snapshot;

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
		Instant firstHour = from.truncatedTo(ChronoUnit.HOURS);
		if (firstHour.isBefore(from)) {
			firstHour = firstHour.plus(1, ChronoUnit.HOURS);
		}
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
