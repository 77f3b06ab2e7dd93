package io.bella.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.bella.extraction.Expectation;
import io.bella.extraction.Intent;

/**
 * The mutable state of one phone call, kept between turns by the transport and
 * serializable with Jackson (simple types, {@code java.time} and lists of small records).
 * <p>
 * The transport creates it with {@link #CallSession(String, String, String, Instant)},
 * calls {@link DialogueEngine#start} once and {@link DialogueEngine#respond} per
 * utterance; the engine increments {@link #getTurn() turn} on each {@code respond}, so
 * {@code (callSid, turn)} identifies a turn. {@link #getOutcome() outcome} stays
 * {@code null} while the call is open.
 */
public class CallSession {

	private String callSid;

	private String caller;

	private String called;

	private Instant startedAt;

	private int turn;

	private CallOutcome outcome;

	private Long appointmentId;

	private DialogueStage stage = DialogueStage.INTENT;

	private Intent intent;

	private LocalDate date;

	private LocalTime time;

	private LocalTime windowFrom;

	private LocalTime windowTo;

	private LocalDate rangeFrom;

	private LocalDate rangeTo;

	private Integer durationMin;

	private String service;

	private Long appointmentTypeId;

	private Long providerId;

	private boolean serviceAsked;

	private String name;

	private String phone;

	private boolean phoneConfirmed;

	private Long patientId;

	private boolean patientLookedUp;

	private boolean nameHeard;

	private int identityMisses;

	private List<SlotOption> offers = new ArrayList<>();

	private SlotOption chosen;

	private boolean slotConfirmed;

	private List<AppointmentOption> appointments = new ArrayList<>();

	private Long targetAppointmentId;

	private int failures;

	private int silences;

	private boolean handoffOffered;

	private String lastPrompt;

	private Expectation lastExpect;

	public CallSession() {
	}

	public CallSession(String callSid, String caller, String called, Instant startedAt) {
		this.callSid = callSid;
		this.caller = caller;
		this.called = called;
		this.startedAt = startedAt;
	}

	public String getCallSid() {
		return this.callSid;
	}

	public void setCallSid(String callSid) {
		this.callSid = callSid;
	}

	/**
	 * The caller ID as Twilio sent it: E.164, or "anonymous", "unknown" or empty when
	 * withheld.
	 */
	public String getCaller() {
		return this.caller;
	}

	public void setCaller(String caller) {
		this.caller = caller;
	}

	public String getCalled() {
		return this.called;
	}

	public void setCalled(String called) {
		this.called = called;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public void setStartedAt(Instant startedAt) {
		this.startedAt = startedAt;
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

	public Long getAppointmentId() {
		return this.appointmentId;
	}

	public void setAppointmentId(Long appointmentId) {
		this.appointmentId = appointmentId;
	}

	public DialogueStage getStage() {
		return this.stage;
	}

	public void setStage(DialogueStage stage) {
		this.stage = stage;
	}

	public Intent getIntent() {
		return this.intent;
	}

	public void setIntent(Intent intent) {
		this.intent = intent;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public LocalTime getWindowFrom() {
		return this.windowFrom;
	}

	public void setWindowFrom(LocalTime windowFrom) {
		this.windowFrom = windowFrom;
	}

	public LocalTime getWindowTo() {
		return this.windowTo;
	}

	public void setWindowTo(LocalTime windowTo) {
		this.windowTo = windowTo;
	}

	public LocalDate getRangeFrom() {
		return this.rangeFrom;
	}

	public void setRangeFrom(LocalDate rangeFrom) {
		this.rangeFrom = rangeFrom;
	}

	public LocalDate getRangeTo() {
		return this.rangeTo;
	}

	public void setRangeTo(LocalDate rangeTo) {
		this.rangeTo = rangeTo;
	}

	public Integer getDurationMin() {
		return this.durationMin;
	}

	public void setDurationMin(Integer durationMin) {
		this.durationMin = durationMin;
	}

	public String getService() {
		return this.service;
	}

	public void setService(String service) {
		this.service = service;
	}

	public Long getAppointmentTypeId() {
		return this.appointmentTypeId;
	}

	public void setAppointmentTypeId(Long appointmentTypeId) {
		this.appointmentTypeId = appointmentTypeId;
	}

	/**
	 * The provider the caller asked for, or {@code null} for any.
	 */
	public Long getProviderId() {
		return this.providerId;
	}

	public void setProviderId(Long providerId) {
		this.providerId = providerId;
	}

	public boolean isServiceAsked() {
		return this.serviceAsked;
	}

	public void setServiceAsked(boolean serviceAsked) {
		this.serviceAsked = serviceAsked;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	/**
	 * The number to text the confirmation to, E.164, once the caller gave or accepted it.
	 */
	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isPhoneConfirmed() {
		return this.phoneConfirmed;
	}

	public void setPhoneConfirmed(boolean phoneConfirmed) {
		this.phoneConfirmed = phoneConfirmed;
	}

	public Long getPatientId() {
		return this.patientId;
	}

	public void setPatientId(Long patientId) {
		this.patientId = patientId;
	}

	public boolean isPatientLookedUp() {
		return this.patientLookedUp;
	}

	public void setPatientLookedUp(boolean patientLookedUp) {
		this.patientLookedUp = patientLookedUp;
	}

	/**
	 * Whether the name was said by the caller, not filled in from a patient record; only
	 * a spoken name can vouch for a phone number that is not the caller ID.
	 */
	public boolean isNameHeard() {
		return this.nameHeard;
	}

	public void setNameHeard(boolean nameHeard) {
		this.nameHeard = nameHeard;
	}

	/**
	 * How many times a spoken name and number found nothing in this call.
	 */
	public int getIdentityMisses() {
		return this.identityMisses;
	}

	public void setIdentityMisses(int identityMisses) {
		this.identityMisses = identityMisses;
	}

	public List<SlotOption> getOffers() {
		return this.offers;
	}

	public void setOffers(List<SlotOption> offers) {
		this.offers = (offers != null) ? new ArrayList<>(offers) : new ArrayList<>();
	}

	public SlotOption getChosen() {
		return this.chosen;
	}

	public void setChosen(SlotOption chosen) {
		this.chosen = chosen;
	}

	/**
	 * Whether the caller said yes to {@link #getChosen() the chosen time}.
	 */
	public boolean isSlotConfirmed() {
		return this.slotConfirmed;
	}

	public void setSlotConfirmed(boolean slotConfirmed) {
		this.slotConfirmed = slotConfirmed;
	}

	public List<AppointmentOption> getAppointments() {
		return this.appointments;
	}

	public void setAppointments(List<AppointmentOption> appointments) {
		this.appointments = (appointments != null) ? new ArrayList<>(appointments) : new ArrayList<>();
	}

	/**
	 * The existing appointment being moved or cancelled.
	 */
	public Long getTargetAppointmentId() {
		return this.targetAppointmentId;
	}

	public void setTargetAppointmentId(Long targetAppointmentId) {
		this.targetAppointmentId = targetAppointmentId;
	}

	/**
	 * Consecutive utterances Bella could not make sense of.
	 */
	public int getFailures() {
		return this.failures;
	}

	public void setFailures(int failures) {
		this.failures = failures;
	}

	/**
	 * Consecutive turns in which the caller said nothing.
	 */
	public int getSilences() {
		return this.silences;
	}

	public void setSilences(int silences) {
		this.silences = silences;
	}

	public boolean isHandoffOffered() {
		return this.handoffOffered;
	}

	public void setHandoffOffered(boolean handoffOffered) {
		this.handoffOffered = handoffOffered;
	}

	/**
	 * The question Bella asked last, repeated when the caller was not heard.
	 */
	public String getLastPrompt() {
		return this.lastPrompt;
	}

	public void setLastPrompt(String lastPrompt) {
		this.lastPrompt = lastPrompt;
	}

	public Expectation getLastExpect() {
		return this.lastExpect;
	}

	public void setLastExpect(Expectation lastExpect) {
		this.lastExpect = lastExpect;
	}

	/**
	 * A concrete time offered to the caller.
	 *
	 * @param providerId who the caller would see
	 * @param startsAt start instant
	 * @param endsAt end instant
	 */
	public record SlotOption(long providerId, Instant startsAt, Instant endsAt) {
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
	public record AppointmentOption(long appointmentId, long providerId, Long appointmentTypeId, Instant startsAt,
			Instant endsAt) {
	}

}
