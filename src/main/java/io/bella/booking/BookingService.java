package io.bella.booking;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.bella.system.InvalidRequestException;
import io.bella.system.Page;
import io.bella.system.Paging;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books, moves and cancels appointments. Every booking and move takes the patient's lock
 * before it checks for overlaps, so one patient never holds two booked appointments at
 * once, however many arrive at once. Two bookings of one provider never overlap: a
 * booking with a named provider on PostgreSQL relies on its exclusion constraint, which
 * refuses the second (so bookings of one provider at different times do not wait for each
 * other); every other booking and every move takes the provider's lock before its check,
 * which serializes them. On PostgreSQL the constraints back all of this up.
 */
@Service
public class BookingService {

	/** The longest range {@link #startingBetween} reads. */
	public static final int SCHEDULE_MAX_DAYS = 8;

	/** The most appointments {@link #startingBetween} answers. */
	public static final int SCHEDULE_LIMIT = 2000;

	private static final String EXCLUSION_VIOLATION = "23P01";

	private static final String DEADLOCK = "40P01";

	/** PostgreSQL's constraint that one patient's booked visits never overlap (V47). */
	private static final String PATIENT_CONSTRAINT = "appointment_patient_no_overlap";

	private final Appointments appointments;

	private final Schedules schedules;

	private final BookingRules rules;

	private final Clinics clinics;

	private final BookingParties parties;

	private final ApplicationEventPublisher events;

	BookingService(Appointments appointments, Schedules schedules, BookingRules rules, Clinics clinics,
			BookingParties parties, ApplicationEventPublisher events) {
		this.appointments = appointments;
		this.schedules = schedules;
		this.rules = rules;
		this.clinics = clinics;
		this.parties = parties;
		this.events = events;
	}

	/**
	 * Books a visit, with the requested provider or, when none is named, the first
	 * provider free at that time.
	 * @throws SlotUnavailableException when the time is taken
	 * @throws PatientBusyException when the patient has an appointment at that time
	 * @throws BookingRuleException when the time breaks a rule
	 * @throws NotFoundException when the patient, provider or appointment type is unknown
	 */
	@Transactional
	public Appointment book(BookingRequest request) {
		this.parties.lockPatient(request.patientId());
		Visit visit = this.rules.visit(request.appointmentTypeId(), request.durationMin());
		ZoneId zone = this.clinics.timeZone();
		Instant now = this.rules.now();
		Instant start = request.startsAt();
		this.rules.checkStart(start, zone, now, visit, request.providerId(), null);
		refuseIfBusy(request.patientId(), start, start.plus(visit.duration()), null, zone, "Not booked.");
		LocalDate date = LocalDate.ofInstant(start, zone);
		Map<Long, ProviderSchedule> schedules = this.schedules.load(date, date);
		List<Long> candidates = (request.providerId() != null)
				? List.of(offering(visit, activeProvider(request.providerId(), schedules)))
				: schedules.keySet().stream().filter(visit::offeredBy).toList();
		RuntimeException refusal = null;
		for (Long providerId : candidates) {
			ProviderSchedule schedule = schedules.get(providerId);
			try {
				this.rules.checkSchedule(schedule, start, visit, zone);
			}
			catch (BookingRuleException ex) {
				refusal = (refusal != null) ? refusal : ex;
				continue;
			}
			// with one candidate, PostgreSQL's constraint refuses an overlapping booking
			// made meanwhile; with several, the transaction must survive a refusal to try
			// the next, so each is checked under its lock
			if (candidates.size() > 1 || !this.appointments.databaseRefusesOverlaps()) {
				this.appointments.lockProvider(providerId);
			}
			if (this.appointments.overlaps(providerId, visit.blockedFrom(start), visit.blockedTo(start), null)) {
				refusal = new SlotUnavailableException((request.providerId() != null)
						? "That time is already taken with this provider." : "That time is already taken.");
				continue;
			}
			Appointment appointment = new Appointment(0, request.patientId(), providerId, visit.appointmentTypeId(),
					start, start.plus(visit.duration()), visit.bufferBeforeMin(), visit.bufferAfterMin(),
					AppointmentStatus.BOOKED, request.source(), trim(request.notes()), null, now, now, null);
			Appointment booked = withId(appointment, insert(appointment));
			this.events.publishEvent(new AppointmentBooked(booked.id(), booked.patientId(), providerId,
					booked.startsAt(), booked.endsAt(), booked.source()));
			return booked;
		}
		throw (refusal != null) ? refusal
				: new BookingRuleException(BookingRuleException.Rule.OUTSIDE_HOURS, "No provider works at that time.");
	}

	/**
	 * Moves a booked appointment; the old time is released only once the new one is held,
	 * in one transaction.
	 * @throws PatientBusyException when the patient has another appointment at the new
	 * time
	 */
	@Transactional
	public Appointment reschedule(long id, Instant startsAt, Long providerId, BookingSource source) {
		Appointment current = lockWithPatient(id);
		requireBooked(current);
		Visit visit = new Visit(current.appointmentTypeId(), Duration.between(current.startsAt(), current.endsAt()),
				current.bufferBeforeMin(), current.bufferAfterMin(), this.rules.offeredBy(current.appointmentTypeId()));
		ZoneId zone = this.clinics.timeZone();
		Instant now = this.rules.now();
		this.rules.checkStart(startsAt, zone, now, visit, (providerId != null) ? providerId : current.providerId(), id);
		refuseIfBusy(current.patientId(), startsAt, startsAt.plus(visit.duration()), id, zone, "Not moved.");
		LocalDate date = LocalDate.ofInstant(startsAt, zone);
		Map<Long, ProviderSchedule> schedules = this.schedules.load(date, date);
		long targetProvider = offering(visit,
				activeProvider((providerId != null) ? providerId : current.providerId(), schedules));
		ProviderSchedule schedule = schedules.get(targetProvider);
		this.rules.checkSchedule(schedule, startsAt, visit, zone);
		// lock both providers in id order so that concurrent moves between them cannot
		// deadlock
		new TreeSet<>(List.of(current.providerId(), targetProvider)).forEach(this.appointments::lockProvider);
		if (this.appointments.overlaps(targetProvider, visit.blockedFrom(startsAt), visit.blockedTo(startsAt), id)) {
			throw new SlotUnavailableException("That time is already taken.");
		}
		Instant endsAt = startsAt.plus(visit.duration());
		try {
			this.appointments.move(id, targetProvider, startsAt, endsAt, visit.bufferBeforeMin(),
					visit.bufferAfterMin(), now);
		}
		catch (DataIntegrityViolationException ex) {
			throw overlapOrRethrow(ex);
		}
		this.events.publishEvent(new AppointmentRescheduled(id, current.patientId(), targetProvider,
				current.providerId(), current.startsAt(), startsAt, endsAt, source));
		return this.appointments.findById(id).orElseThrow();
	}

	/**
	 * Cancels a booked appointment and releases its time.
	 */
	@Transactional
	public Appointment cancel(long id, String reason, BookingSource source) {
		Appointment current = this.appointments.findByIdForUpdate(id)
			.orElseThrow(() -> new NotFoundException("appointment", id));
		requireBooked(current);
		this.appointments.cancel(id, trim(reason), this.rules.now());
		this.events.publishEvent(new AppointmentCancelled(id, current.patientId(), current.providerId(),
				current.startsAt(), trim(reason), source));
		return this.appointments.findById(id).orElseThrow();
	}

	/**
	 * Marks a booked appointment that has started as completed: the patient came.
	 * @throws BookingRuleException when it is not booked or has not started yet
	 */
	@Transactional
	public Appointment complete(long id, BookingSource source) {
		return close(id, AppointmentStatus.COMPLETED, source);
	}

	/**
	 * Marks a booked appointment that has started as a no-show: the patient did not come.
	 * @throws BookingRuleException when it is not booked or has not started yet
	 */
	@Transactional
	public Appointment markNoShow(long id, BookingSource source) {
		return close(id, AppointmentStatus.NO_SHOW, source);
	}

	private Appointment close(long id, AppointmentStatus outcome, BookingSource source) {
		Appointment current = this.appointments.findByIdForUpdate(id)
			.orElseThrow(() -> new NotFoundException("appointment", id));
		requireBooked(current);
		Instant now = this.rules.now();
		if (current.startsAt().isAfter(now)) {
			throw new BookingRuleException(BookingRuleException.Rule.NOT_STARTED,
					"Appointment " + id + " has not started yet: only an appointment that has started can be marked "
							+ ((outcome == AppointmentStatus.COMPLETED) ? "completed." : "a no-show."));
		}
		this.appointments.close(id, outcome, now);
		this.events.publishEvent(new AppointmentClosed(id, current.patientId(), current.providerId(),
				current.startsAt(), outcome, source));
		return this.appointments.findById(id).orElseThrow();
	}

	/**
	 * The appointments of every status that start in [from, to), with one provider or all
	 * ({@code null}), earliest first: a schedule's day or week.
	 * @throws InvalidRequestException when the range is longer than
	 * {@value #SCHEDULE_MAX_DAYS} days or the wrong way round
	 */
	@Transactional(readOnly = true)
	public List<Appointment> startingBetween(Instant from, Instant to, Long providerId) {
		if (!from.isBefore(to) || Duration.between(from, to).compareTo(Duration.ofDays(SCHEDULE_MAX_DAYS)) > 0) {
			throw new InvalidRequestException("to", "must be after from, at most " + SCHEDULE_MAX_DAYS + " days");
		}
		return this.appointments.startingBetween(from, to, providerId, SCHEDULE_LIMIT);
	}

	@Transactional(readOnly = true)
	public Optional<Appointment> findById(long id) {
		return this.appointments.findById(id);
	}

	/**
	 * One page of the appointments a query finds, and how many it finds in all.
	 */
	@Transactional(readOnly = true)
	public Page<Appointment> find(AppointmentQuery query) {
		return Page.of(this.appointments.find(query), query.paging(), this.appointments.count(query));
	}

	/**
	 * Hands every appointment the query finds, on all its pages, to the consumer as they
	 * are read, earliest first: for exports of any size. The query's paging is ignored.
	 */
	public void forEach(AppointmentQuery query, Consumer<Appointment> consumer) {
		this.appointments.forEach(query, consumer);
	}

	/**
	 * The patient's booked appointment, with any provider, whose visit overlaps the given
	 * time: what would refuse a booking then.
	 */
	@Transactional(readOnly = true)
	public Optional<Appointment> bookedOverlapping(long patientId, Instant startsAt, Instant endsAt) {
		return this.appointments.patientClash(patientId, startsAt, endsAt, null);
	}

	/**
	 * The patient's booked appointments that have not started yet, soonest first.
	 */
	@Transactional(readOnly = true)
	public List<Appointment> upcomingFor(long patientId) {
		return this.appointments.find(new AppointmentQuery(this.rules.now(), null, null, patientId,
				AppointmentStatus.BOOKED, new Paging(0, 50)));
	}

	/**
	 * Locks the appointment and, first, its patient: patients are always locked before
	 * providers and appointments, so that bookings, moves and merges cannot deadlock.
	 */
	private Appointment lockWithPatient(long id) {
		Appointment seen = this.appointments.findById(id).orElseThrow(() -> new NotFoundException("appointment", id));
		this.parties.patients().lock(seen.patientId());
		Appointment current = this.appointments.findByIdForUpdate(id)
			.orElseThrow(() -> new NotFoundException("appointment", id));
		if (current.patientId() != seen.patientId()) {
			// its patient was merged into another meanwhile: hold the survivor's lock
			this.parties.patients().lock(current.patientId());
		}
		return current;
	}

	/**
	 * Refuses a time at which the patient, whose lock the caller holds, has a booked
	 * visit.
	 */
	private void refuseIfBusy(long patientId, Instant startsAt, Instant endsAt, Long exceptId, ZoneId zone,
			String refused) {
		Optional<Appointment> clash = this.appointments.patientClash(patientId, startsAt, endsAt, exceptId);
		if (clash.isPresent()) {
			throw PatientBusyException.refusing(refused, clash.get(), zone);
		}
	}

	private long insert(Appointment appointment) {
		try {
			return this.appointments.insert(appointment);
		}
		catch (DataIntegrityViolationException ex) {
			throw overlapOrRethrow(ex);
		}
		catch (PessimisticLockingFailureException ex) {
			throw takenMeanwhileOrRethrow(ex);
		}
	}

	/**
	 * Two bookings inserted at once whose times overlap each wait, in PostgreSQL's check
	 * of the exclusion constraint, for the other's outcome; PostgreSQL ends that deadlock
	 * by failing one of them (SQLState 40P01). The other holds the time: for this one it
	 * was just taken.
	 */
	private static RuntimeException takenMeanwhileOrRethrow(PessimisticLockingFailureException ex) {
		if (ex.getMostSpecificCause() instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
			return new SlotUnavailableException("That time was just taken.");
		}
		return ex;
	}

	/**
	 * One of PostgreSQL's exclusion constraints caught an overlap: the patient's own,
	 * which the patient's lock should have prevented (the patient is busy then), or the
	 * provider's, which on PostgreSQL is what refuses a booking made meanwhile (the slot
	 * is taken). Any other integrity failure (a patient deleted meanwhile) is neither.
	 */
	private static RuntimeException overlapOrRethrow(DataIntegrityViolationException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
			if (String.valueOf(sql.getMessage()).contains(PATIENT_CONSTRAINT)) {
				return new PatientBusyException("The patient already has an appointment at that time.", null, null);
			}
			return new SlotUnavailableException("That time was just taken.");
		}
		return ex;
	}

	/**
	 * The provider, when among those taking bookings (whose schedules were loaded).
	 */
	private long activeProvider(long providerId, Map<Long, ProviderSchedule> schedules) {
		if (schedules.containsKey(providerId)) {
			return providerId;
		}
		Provider provider = this.parties.provider(providerId);
		throw new BookingRuleException(BookingRuleException.Rule.INACTIVE_PROVIDER,
				provider.name() + " is not taking bookings.");
	}

	/**
	 * The provider, when they offer the visit.
	 */
	private long offering(Visit visit, long providerId) {
		if (!visit.offeredBy(providerId)) {
			this.rules.checkOffered(visit, this.parties.provider(providerId));
		}
		return providerId;
	}

	private static void requireBooked(Appointment appointment) {
		if (!appointment.isBooked()) {
			throw new BookingRuleException(BookingRuleException.Rule.NOT_BOOKED,
					"Appointment " + appointment.id() + " is " + appointment.status().name().toLowerCase() + ".");
		}
	}

	private static Appointment withId(Appointment a, long id) {
		return new Appointment(id, a.patientId(), a.providerId(), a.appointmentTypeId(), a.startsAt(), a.endsAt(),
				a.bufferBeforeMin(), a.bufferAfterMin(), a.status(), a.source(), a.notes(), a.cancellationReason(),
				a.createdAt(), a.updatedAt(), a.confirmedAt());
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
