package io.bella.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a caller's voicemail into a callback request staff can see: stored as soon as
 * Twilio reports the recording, transcribed afterwards from a durable event so that a
 * crash or a slow speech-to-text server never loses a message.
 */
@Service
class Voicemails {

	static final String TRANSCRIPTION_LISTENER = "voicemail-transcription";

	private static final Logger log = LoggerFactory.getLogger(Voicemails.class);

	private final CallbackRequests requests;

	private final VoicemailReader reader;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	// how long a delivery holds a transcription: longer than the download and Whisper's
	// timeout together, so that only a delivery that died loses it
	private final Duration transcriptionLease;

	Voicemails(CallbackRequests requests, VoicemailReader reader, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, WhisperProperties whisper) {
		this.requests = requests;
		this.reader = reader;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.transcriptionLease = whisper.timeout().plus(Duration.ofMinutes(2));
	}

	/**
	 * Stores a finished recording as an open callback request. A recording already stored
	 * (Twilio retrying its callback) is left alone.
	 * @param recording what Twilio reported
	 * @return whether a new callback request was stored
	 */
	@Transactional
	boolean accept(RecordingReport recording) {
		if (this.requests.existsByRecordingSid(recording.recordingSid())) {
			return false;
		}
		String transcript = recording.completed() ? null : CallbackRequest.NO_MESSAGE;
		Instant now = this.clock.instant();
		long id = this.requests.insert(recording.callSid(), recording.caller(), recording.recordingSid(),
				recording.recordingUrl(), recording.durationSec(), transcript, now);
		this.events.publishEvent(new VoicemailRecorded(id, recording.recordingSid()));
		log.info("Voicemail {} on call {} stored as callback request {}", recording.recordingSid(), recording.callSid(),
				id);
		return true;
	}

	// Downloading and transcribing take seconds: no transaction (and no connection) is
	// held meanwhile; the result is written in a short one. Whisper costs money: the
	// transcription is claimed first, so that a redelivery or another instance never
	// transcribes a voicemail twice.
	@ApplicationModuleListener(id = TRANSCRIPTION_LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(VoicemailRecorded event) {
		CallbackRequest request = this.requests.findById(event.callbackRequestId()).map(this::claimed).orElse(null);
		if (request == null) {
			return;
		}
		String transcript = (request.transcript() != null) ? request.transcript() : this.reader.transcribe(request);
		String caller = (request.caller() != null) ? request.caller() : this.reader.caller(request);
		this.transactions.executeWithoutResult((status) -> {
			if (request.transcript() == null) {
				this.requests.updateTranscript(request.id(), transcript);
			}
			if (caller != null) {
				this.requests.updateCaller(request.id(), caller);
			}
			this.events.publishEvent(new MessageTaken(request.id(), request.callSid(), request.recordingSid(),
					request.durationSec(), isTranscript(transcript), request.createdAt()));
		});
	}

	// the request as this delivery may go on with it: transcribed already, or its
	// transcription claimed by this delivery
	private CallbackRequest claimed(CallbackRequest request) {
		if (request.transcript() != null) {
			return request;
		}
		Instant now = this.clock.instant();
		if (this.requests.claimTranscription(request.id(), now, now.minus(this.transcriptionLease))) {
			return request;
		}
		CallbackRequest again = this.requests.findById(request.id()).orElseThrow();
		if (again.transcript() == null) {
			// left incomplete: a later retry finds the transcript, or takes over from a
			// delivery that died
			throw new TranscriptionHeldException(
					"Voicemail " + request.recordingSid() + " is being transcribed by another delivery");
		}
		return again;
	}

	private static boolean isTranscript(String transcript) {
		return !CallbackRequest.TRANSCRIPTION_UNAVAILABLE.equals(transcript)
				&& !CallbackRequest.NO_MESSAGE.equals(transcript);
	}

	/** Staff called back: the request leaves the open list. */
	@Transactional
	boolean markDone(long id) {
		return this.requests.markDone(id, this.clock.instant());
	}

	/**
	 * A recording as Twilio's recording status callback reports it.
	 *
	 * @param callSid the call
	 * @param caller the caller, when the callback URL carried it
	 * @param recordingSid the recording
	 * @param recordingUrl where Twilio keeps it
	 * @param status {@code completed}, {@code absent} or {@code failed}
	 * @param durationSec its length
	 */
	record RecordingReport(String callSid, String caller, String recordingSid, String recordingUrl, String status,
			Integer durationSec) {

		boolean completed() {
			return "completed".equals(this.status);
		}

	}

	/** Another delivery is transcribing the voicemail right now: this one must not. */
	static class TranscriptionHeldException extends RuntimeException {

		TranscriptionHeldException(String message) {
			super(message);
		}

	}

}
