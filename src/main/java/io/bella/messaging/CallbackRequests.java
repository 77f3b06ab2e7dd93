package io.bella.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Callback requests in the {@code callback_request} table.
 */
@Repository
class CallbackRequests {

	private static final String COLUMNS = "id, call_sid, caller, recording_sid, recording_url, duration_sec, "
			+ "transcript, status, created_at, done_at";

	private final JdbcClient jdbc;

	CallbackRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String callSid, String caller, String recordingSid, String recordingUrl, Integer durationSec,
			String transcript, Instant createdAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO callback_request (call_sid, caller, recording_sid, recording_url, duration_sec, "
					+ "transcript, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?)")
			.params(callSid, caller, recordingSid, recordingUrl, durationSec, transcript, utc(createdAt))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * A request raised by a patient's text: no call and no recording; the transcript says
	 * what the patient asked for or wrote.
	 */
	long insertFromText(String caller, String transcript, Instant createdAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO callback_request (caller, transcript, status, created_at) VALUES (?, ?, 'open', ?)")
			.params(caller, transcript, utc(createdAt))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean existsByRecordingSid(String recordingSid) {
		return this.jdbc.sql("SELECT COUNT(*) FROM callback_request WHERE recording_sid = ?")
			.param(recordingSid)
			.query(Long.class)
			.single() > 0;
	}

	Optional<CallbackRequest> findById(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM callback_request WHERE id = ?")
			.param(id)
			.query(CallbackRequests::map)
			.optional();
	}

	/**
	 * A page of the requests: open ones first, oldest first among them (they waited
	 * longest), then done ones, newest first.
	 */
	Page<CallbackRequest> findAll(Paging paging) {
		return findAll(null, paging);
	}

	/**
	 * A page of the requests in a state ({@code open} or {@code done}), or of all of them
	 * when it is {@code null}, in {@link #findAll(Paging)}'s order.
	 */
	Page<CallbackRequest> findAll(String status, Paging paging) {
		String where = (status != null) ? " WHERE status = ?" : "";
		List<Object> params = new ArrayList<>();
		if (status != null) {
			params.add(status);
		}
		long total = this.jdbc.sql("SELECT COUNT(*) FROM callback_request" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.add(paging.size());
		params.add(paging.offset());
		List<CallbackRequest> requests = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM callback_request" + where
					+ " ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, "
					+ "CASE WHEN status = 'open' THEN created_at END ASC, created_at DESC, id LIMIT ? OFFSET ?")
			.params(params)
			.query(CallbackRequests::map)
			.list();
		return Page.of(requests, paging, total);
	}

	/** The requests left on a call, oldest first. */
	List<CallbackRequest> ofCall(String callSid) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM callback_request WHERE call_sid = ? ORDER BY created_at, id")
			.param(callSid)
			.query(CallbackRequests::map)
			.list();
	}

	/**
	 * Takes a voicemail's transcription for one delivery, committed before Whisper is
	 * asked: only while it has no transcript and no other delivery took it, or that
	 * delivery's claim ran out (it died while transcribing).
	 * @param expiredBefore a claim made before this has run out
	 * @return whether this delivery may transcribe it
	 */
	boolean claimTranscription(long id, Instant now, Instant expiredBefore) {
		return this.jdbc.sql("""
				UPDATE callback_request SET transcription_claimed_at = ?
				WHERE id = ? AND transcript IS NULL
				  AND (transcription_claimed_at IS NULL OR transcription_claimed_at < ?)""")
			.params(utc(now), id, utc(expiredBefore))
			.update() == 1;
	}

	void updateTranscript(long id, String transcript) {
		this.jdbc.sql("UPDATE callback_request SET transcript = ? WHERE id = ?").params(transcript, id).update();
	}

	void updateCaller(long id, String caller) {
		this.jdbc.sql("UPDATE callback_request SET caller = ? WHERE id = ? AND caller IS NULL")
			.params(caller, id)
			.update();
	}

	boolean markDone(long id, Instant at) {
		return this.jdbc
			.sql("UPDATE callback_request SET status = 'done', done_at = ? WHERE id = ? AND status = 'open'")
			.params(utc(at), id)
			.update() > 0;
	}

	private static CallbackRequest map(ResultSet rs, int row) throws SQLException {
		int seconds = rs.getInt("duration_sec");
		Integer duration = rs.wasNull() ? null : seconds;
		return new CallbackRequest(rs.getLong("id"), rs.getString("call_sid"), rs.getString("caller"),
				rs.getString("recording_sid"), rs.getString("recording_url"), duration, rs.getString("transcript"),
				rs.getString("status"), instant(rs, "created_at"), instant(rs, "done_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
