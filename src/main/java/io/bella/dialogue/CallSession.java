package io.bella.dialogue;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

/**
 * The state of one phone call, kept between turns by the transport and serializable with
 * Jackson (its fields are its JSON; each part of the dialogue's state is an immutable
 * record, replaced whole when it changes).
 * <p>
 * The transport creates it with {@link #CallSession(String, String, String, Instant)},
 * calls {@link DialogueEngine#start} once and {@link DialogueEngine#respond} per
 * utterance; the engine increments {@link #getTurn() turn} on each {@code respond}, so
 * {@code (callSid, turn)} identifies a turn. {@link #getOutcome() outcome} stays
 * {@code null} while the call is open.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class CallSession {

	private final String callSid;

	private final String caller;

	private final String called;

	private final Instant startedAt;

	private int turn;

	private CallOutcome outcome;

	private Long appointmentId;

	private Conversation conversation = Conversation.START;

	private Request request = Request.NONE;

	private When when = When.ANY;

	private Offer offer = Offer.NONE;

	private CallerIdentity identity = CallerIdentity.UNKNOWN;

	private ExistingAppointments existing = ExistingAppointments.NONE;

	public CallSession(String callSid, String caller, String called, Instant startedAt) {
		this.callSid = callSid;
		this.caller = caller;
		this.called = called;
		this.startedAt = startedAt;
	}

	public String getCallSid() {
		return this.callSid;
	}

	/**
	 * The caller ID as Twilio sent it: E.164, or "anonymous", "unknown" or empty when
	 * withheld.
	 */
	public String getCaller() {
		return this.caller;
	}

	public String getCalled() {
		return this.called;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public int getTurn() {
		return this.turn;
	}

	public void setTurn(int turn) {
		this.turn = turn;
	}

	public CallOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(CallOutcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * The appointment the call booked, moved or cancelled.
	 */
	public Long getAppointmentId() {
		return this.appointmentId;
	}

	public void setAppointmentId(Long appointmentId) {
		this.appointmentId = appointmentId;
	}

	/**
	 * Where the dialogue stands.
	 */
	public Conversation conversation() {
		return this.conversation;
	}

	public void conversation(Conversation conversation) {
		this.conversation = conversation;
	}

	/**
	 * Who the caller is, as far as the call has told.
	 */
	public CallerIdentity identity() {
		return this.identity;
	}

	public void identity(CallerIdentity identity) {
		this.identity = identity;
	}

	Request request() {
		return this.request;
	}

	void request(Request request) {
		this.request = request;
	}

	When when() {
		return this.when;
	}

	void when(When when) {
		this.when = when;
	}

	Offer offer() {
		return this.offer;
	}

	void offer(Offer offer) {
		this.offer = offer;
	}

	ExistingAppointments existing() {
		return this.existing;
	}

	void existing(ExistingAppointments existing) {
		this.existing = existing;
	}

	/**
	 * Forgets the request in hand, with its times and appointments, for a new one; who
	 * the caller is stays known.
	 */
	void forgetRequest() {
		this.request = Request.NONE;
		this.when = When.ANY;
		this.offer = Offer.NONE;
		this.existing = ExistingAppointments.NONE;
	}

	/**
	 * A concrete time offered to the caller.
	 *
	 * @param providerId who the caller would see
	 * @param startsAt start instant
	 * @param endsAt end instant
	 */
	record SlotOption(long providerId, Instant startsAt, Instant endsAt) {
	}

	/**
	 * One of the caller's upcoming appointments, under discussion for a move or a
	 * cancellation.
	 *
	 * @param appointmentId the appointment
	 * @param providerId who the caller sees
	 * @param appointmentTypeId the kind of visit, if known
	 * @param startsAt start instant
	 * @param endsAt end instant
	 */
	record AppointmentOption(long appointmentId, long providerId, Long appointmentTypeId, Instant startsAt,
			Instant endsAt) {
	}

}
