package io.bella.messaging;

import java.time.Clock;
import java.time.Instant;

import io.bella.voice.CallRecord;
import io.bella.voice.CallRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

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

	private final TwilioRecordings recordings;

	private final CallRecords calls;

	private final WhisperTranscriber whisper;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Voicemails(CallbackRequests requests, TwilioRecordings recordings, CallRecords calls, WhisperTranscriber whisper,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.recordings = recordings;
		this.calls = calls;
		this.whisper = whisper;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
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
	// held meanwhile; the result is written in a short one.
	@ApplicationModuleListener(id = TRANSCRIPTION_LISTENER, propagation = Propagation.NOT_SUPPORTED)
	void on(VoicemailRecorded event) {
		CallbackRequest request = this.requests.findById(event.callbackRequestId()).orElse(null);
		if (request == null) {
			return;
		}
		String transcript = (request.transcript() != null) ? request.transcript() : transcribe(request);
		String caller = (request.caller() != null) ? request.caller() : caller(request);
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

	private String transcribe(CallbackRequest request) {
		if (!this.recordings.enabled() || !this.whisper.enabled()) {
			return CallbackRequest.TRANSCRIPTION_UNAVAILABLE;
		}
		try {
			byte[] audio = this.recordings.downloadWav(request.recordingSid());
			String text = this.whisper.transcribe(audio, request.recordingSid() + ".wav");
			return StringUtils.hasText(text) ? text : CallbackRequest.NO_MESSAGE;
		}
		catch (RuntimeException ex) {
			// the recording stays with Twilio and staff can still listen to it
			log.warn("Voicemail {} kept without transcript: {}", request.recordingSid(), ex.toString());
			return CallbackRequest.TRANSCRIPTION_UNAVAILABLE;
		}
	}

	// the call's own record knows the caller; Twilio is asked only for calls Bella has no
	// record of (the database was down when the call started)
	private String caller(CallbackRequest request) {
		String recorded = this.calls.findBySid(request.callSid()).map(CallRecord::caller).orElse(null);
		if (StringUtils.hasText(recorded) || !this.recordings.enabled()) {
			return recorded;
		}
		try {
			return this.recordings.caller(request.callSid());
		}
		catch (RuntimeException ex) {
			log.warn("Caller of call {} unknown: {}", request.callSid(), ex.toString());
			return null;
		}
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

}
