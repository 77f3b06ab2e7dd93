package io.bella.operations.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import io.bella.system.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Purges the words of calls older than the retention: what the caller said and what Bella
 * answered on each turn ({@code call_turn.heard} and {@code said}) and the transcripts of
 * voicemails ({@code callback_request.transcript}) become {@value #PURGED}, and the row
 * records when ({@code texts_purged_at}). Everything else stays: the call, its outcome,
 * each turn's action, confidence and latency, a silent turn's missing {@code heard}, the
 * voicemail's recording and the cost lines. Runs once shortly after start and then daily,
 * on the one instance that claims the day, in small batches, each its own transaction.
 */
@Component
class TextPurge {

	static final String JOB = "retention-purge";

	static final String PURGED = "(purged)";

	private static final Logger log = LoggerFactory.getLogger(TextPurge.class);

	private final JdbcClient jdbc;

	private final ClusterJobs jobs;

	private final RetentionProperties properties;

	private final Clock clock;

	TextPurge(JdbcClient jdbc, ClusterJobs jobs, RetentionProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${bella.operations.retention.interval:24h}",
			initialDelayString = "${bella.operations.retention.first-run-after:2m}")
	void onSchedule() {
		purgeIfClaimed();
	}

	/**
	 * Purges if this instance wins this period's claim.
	 * @return what was purged, or {@code null} when another instance has the period
	 */
	Purged purgeIfClaimed() {
		AtomicReference<Purged> purged = new AtomicReference<>();
		this.jobs.run(JOB, this.properties.interval(), () -> purged.set(purge()));
		return purged.get();
	}

	/** Purges every text older than the retention now. */
	Purged purge() {
		Instant now = this.clock.instant();
		OffsetDateTime before = now.minus(this.properties.retention()).atOffset(ZoneOffset.UTC);
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		long turns = inBatches("""
				UPDATE call_turn SET heard = CASE WHEN heard IS NULL THEN NULL ELSE :purged END, said = :purged,
				    texts_purged_at = :at
				WHERE (call_sid, turn) IN (SELECT call_sid, turn FROM call_turn
				    WHERE texts_purged_at IS NULL AND answered_at < :before LIMIT :batch)""", before, at);
		long transcripts = inBatches("""
				UPDATE callback_request SET transcript = CASE WHEN transcript IS NULL THEN NULL ELSE :purged END,
				    texts_purged_at = :at
				WHERE id IN (SELECT id FROM callback_request
				    WHERE texts_purged_at IS NULL AND created_at < :before LIMIT :batch)""", before, at);
		Purged purged = new Purged(turns, transcripts);
		log.info("Retention ({} days): purged the texts of {} call turns and {} voicemail transcripts older than {}",
				this.properties.days(), turns, transcripts, before.toInstant());
		return purged;
	}

	private long inBatches(String sql, OffsetDateTime before, OffsetDateTime at) {
		long total = 0;
		int purged;
		do {
			purged = this.jdbc.sql(sql)
				.param("purged", PURGED)
				.param("at", at)
				.param("before", before)
				.param("batch", this.properties.batch())
				.update();
			total += purged;
		}
		while (purged == this.properties.batch());
		return total;
	}

	/**
	 * What one purge did.
	 *
	 * @param turns call turns whose texts were purged
	 * @param transcripts voicemail transcripts purged
	 */
	record Purged(long turns, long transcripts) {
	}

}
