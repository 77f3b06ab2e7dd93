package io.bella.scaleout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import io.bella.ApiClient;
import io.bella.ApiClient.Response;
import io.bella.Together;
import io.bella.operations.alerts.Alerting;
import io.bella.operations.alerts.Condition;
import io.bella.operations.alerts.Severity;
import io.bella.operations.notifications.NotificationDispatcher;
import io.bella.simulator.CallSimulator;
import io.bella.voice.EnabledIfRedis;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Bella instances behind one load balancer, sharing one PostgreSQL database and one
 * Redis (issue 14): whichever instance a request reaches, each call books once, each slot
 * is booked once, and each outside effect (a confirmation, a reminder, an alert notice)
 * happens once; the periodic jobs run once per interval over both, and a publication
 * replayed by hand does nothing twice; a call's end taken by the other instance frees its
 * place among the calls in progress. Runs where {@code REDIS_URL} is set (CI sets it).
 * The time only ever moves forward, hence the order of the tests.
 */
@EnabledIfRedis
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private static final String CLINIC = "+14165550100";

	private static final String BOOKED_LISTENER = "sms-confirmation-booked";

	private static final String CONFIRMATION = "is booked for";

	private static final String REMINDER = "reminder of your visit";

	// numbers of this class's own: +1 416 555 72xx
	private static final AtomicInteger phones = new AtomicInteger(7200);

	private static TwoInstances instances;

	@BeforeAll
	static void startTwoInstances() {
		instances = new TwoInstances(toronto("2026-03-02T10:00"));
	}

	@AfterAll
	static void stopThem() {
		if (instances != null) {
			instances.close();
		}
	}

	@Test
	@Order(1)
	void turnsOfOneCallAlternatingBetweenTheInstancesBookOnce() {
		String caller = nextPhone();
		Map<String, String> call = Map.of("CallSid", CallSimulator.newCallSid(), "From", caller, "To", CLINIC);
		CallSimulator a = instances.a.twilio(TwoInstances.TWILIO_AUTH_TOKEN);
		CallSimulator b = instances.b.twilio(TwoInstances.TWILIO_AUTH_TOKEN);

		assertThat(post(a, "/twilio/voice", call).body()).contains("<Gather");
		assertThat(post(b, "/twilio/gather?turn=1",
				speech(call, "Hi this is Emily Roy, I'd like to book a cleaning tomorrow at 10 a.m."))
			.body()).contains("Would that work?");
		assertThat(post(a, "/twilio/gather?turn=2", speech(call, "yes please")).body())
			.contains("the number you're calling from?");
		CallSimulator.Response booked = post(b, "/twilio/gather?turn=3", speech(call, "yes"));
		// Twilio retries the turn, and the load balancer hands the retry to the other
		CallSimulator.Response retried = post(a, "/twilio/gather?turn=3", speech(call, "yes"));
		post(b, "/twilio/gather?turn=4", speech(call, "no that's all thank you"));
		Map<String, String> ended = new LinkedHashMap<>(call);
		ended.put("CallStatus", "completed");
		ended.put("CallDuration", "40");
		assertThat(a.send("/twilio/status", ended).status()).isEqualTo(204);

		assertThat(booked.body()).contains("You're all set for Tuesday, March 3rd at 10 a.m.");
		assertThat(retried).isEqualTo(booked);
		List<Long> appointments = appointmentsOf(caller);
		assertThat(appointments).hasSize(1);
		awaitDelivered(appointments.get(0));
		assertThat(TwoInstances.textsTo(caller, CONFIRMATION)).isOne();
		assertThat(TwoInstances.textsTo(caller)).hasSize(1);
	}

	@Test
	@Order(2)
	void hundredConcurrentBookingsOfOneSlotOverBothInstancesHaveOneWinner() throws Exception {
		String slot = "2026-03-06T11:00:00-05:00";
		List<String> callers = new ArrayList<>();
		List<Callable<Response>> bookings = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			ApiClient api = api(i);
			String phone = nextPhone();
			long user = createUser(api, "Racer " + i, phone);
			callers.add(phone);
			bookings.add(() -> api.post("/api/appointments",
					"{\"user_id\": %d, \"starts_at\": \"%s\", \"provider_id\": 2}".formatted(user, slot)));
		}

		List<Response> answers = Together.run(bookings);

		assertThat(answers).filteredOn((answer) -> answer.status() == 201).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.status() != 201).hasSize(99).allSatisfy((answer) -> {
			assertThat(answer.status()).as(answer.body()).isEqualTo(409);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("type").asString()).isEqualTo("https://bella.io/problems/slot-unavailable");
		});
		assertThat(instances.jdbc
			.sql("SELECT COUNT(*) FROM appointment WHERE starts_at = CAST(? AS TIMESTAMP WITH TIME ZONE)")
			.param(slot)
			.query(Long.class)
			.single()).isOne();
		long winner = answers.stream()
			.filter((answer) -> answer.status() == 201)
			.findFirst()
			.orElseThrow()
			.json()
			.get("id")
			.asLong();
		awaitDelivered(winner);
		assertThat(callers.stream().mapToInt((phone) -> TwoInstances.textsTo(phone).size()).sum()).isOne();
	}

	@Test
	@Order(3)
	void aPublicationReplayedByHandOnTheOtherInstanceHasNoSecondEffect() {
		String phone = nextPhone();
		long user = createUser(api(0), "Replay Patient", phone);
		Response booked = api(0).post("/api/appointments",
				"{\"user_id\": %d, \"starts_at\": \"2026-03-06T14:00:00-05:00\", \"provider_id\": 2}".formatted(user));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		long appointment = booked.json().get("id").asLong();
		awaitDelivered(appointment);
		assertThat(TwoInstances.textsTo(phone)).hasSize(1);

		List<UUID> publications = publicationsOf(appointment);
		assertThat(publications).isNotEmpty();
		// as a listener that failed leaves it
		instances.jdbc.sql("""
				UPDATE event_publication SET completion_date = NULL,
				    status = CASE WHEN status IS NULL THEN NULL ELSE 'FAILED' END
				WHERE id IN (:ids)""").param("ids", publications).update();
		instances.b.bean(IncompleteEventPublications.class)
			.resubmitIncompletePublications((publication) -> publications.contains(publication.getIdentifier()));

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(publicationsOf(appointment)).hasSameSizeAs(publications)
				.containsExactlyInAnyOrderElementsOf(publications));
		assertThat(TwoInstances.textsTo(phone)).hasSize(1);
		assertThat(appointmentsOf(phone)).containsExactly(appointment);
	}

	@Test
	@Order(4)
	void anAlertRaisedOnBothInstancesAtOnceIsNotifiedOncePerChannel() throws Exception {
		String marker = UUID.randomUUID().toString();
		Condition condition = new Condition("two-instances", Map.of("run", marker), Severity.HIGH, "two-instances",
				"Raised on two instances at once " + marker, null);

		List<Boolean> started = Together
			.run(List.of(() -> raise(instances.a, condition), () -> raise(instances.b, condition)));

		assertThat(started).containsExactlyInAnyOrder(true, false);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(TwoInstances.slackPostsWith(marker)).isOne();
			assertThat(TwoInstances.emailsWith(marker)).isOne();
		});
		// both dispatchers at once, as their polls may: nothing is left to send
		assertThat(Together.run(List.of(() -> dispatch(instances.a), () -> dispatch(instances.b)))).containsExactly(0,
				0);
		assertThat(instances.jdbc.sql("""
				SELECT n.status FROM alert_notification n JOIN alert a ON a.id = n.alert_id
				WHERE a.summary LIKE :marker""").param("marker", "%" + marker).query(String.class).list())
			.containsExactly("sent", "sent");
		assertThat(TwoInstances.slackPostsWith(marker)).isOne();
		assertThat(TwoInstances.emailsWith(marker)).isOne();
	}

	@Test
	@Order(5)
	void eachAppointmentIsRemindedOncePerOffsetWhileBothInstancesScan() {
		instances.clock.set(toronto("2026-03-16T09:00"));
		List<String> patients = new ArrayList<>();
		// visits of two providers on Wednesday morning, booked on Monday
		String[][] visits = { { "10:30", "1" }, { "11:00", "1" }, { "11:30", "1" }, { "10:30", "2" } };
		for (int i = 0; i < visits.length; i++) {
			String phone = nextPhone();
			long user = createUser(api(i), "Reminded Patient", phone);
			Response booked = api(i).post("/api/appointments",
					"{\"user_id\": %d, \"starts_at\": \"2026-03-18T%s:00-04:00\", \"provider_id\": %s}".formatted(user,
							visits[i][0], visits[i][1]));
			assertThat(booked.status()).as(booked.body()).isEqualTo(201);
			awaitDelivered(booked.json().get("id").asLong());
			patients.add(phone);
		}

		// the day before the visits: the 24-hour reminders are due, the 2-hour ones not
		instances.clock.set(toronto("2026-03-17T12:00"));
		awaitReminders(patients, 1);
		// the morning of the visits: the 2-hour reminders
		instances.clock.set(toronto("2026-03-18T09:45"));
		awaitReminders(patients, 2);
	}

	/**
	 * Each periodic job over both instances, from before the first started until now: it
	 * ran, at most once per interval, and never on both instances in one interval. The
	 * jobs whose interval the test does not shorten run hourly or less often, which the
	 * bound for {@link TwoInstances#JOB_INTERVAL} covers.
	 */
	@Test
	@Order(6)
	void eachPeriodicJobRanOncePerIntervalOverBothInstances() {
		Duration window = Duration.ofNanos(System.nanoTime() - instances.startedNanos);
		Map<String, Map<String, Double>> outcomes = new TreeMap<>();
		for (BellaInstance instance : List.of(instances.a, instances.b)) {
			instance.bean(MeterRegistry.class)
				.find(JobRunLog.RUNS)
				.counters()
				.forEach((counter) -> outcomes.computeIfAbsent(counter.getId().getTag("job"), (job) -> new TreeMap<>())
					.merge(counter.getId().getTag("outcome"), counter.count(), Double::sum));
		}
		long intervals = (window.toMillis() + TwoInstances.JOB_INTERVAL.toMillis() - 1)
				/ TwoInstances.JOB_INTERVAL.toMillis();
		// moving the clock forward ends every lease at once: one more run each time
		double most = intervals + 1 + instances.clock.shifts();

		assertThat(outcomes).as(JobRunLog.RUNS).isNotEmpty();
		outcomes.forEach((job, counts) -> assertThat(counts.getOrDefault("ran", 0.0)).as("%s %s", job, counts)
			.isBetween(1.0, most));
		Map<String, List<JobRunLog.Run>> runs = new TreeMap<>();
		List.copyOf(instances.runs)
			.forEach((run) -> runs.computeIfAbsent(run.job(), (job) -> new ArrayList<>()).add(run));
		runs.forEach((job, ran) -> {
			ran.sort(Comparator.comparing(JobRunLog.Run::at));
			for (int i = 1; i < ran.size(); i++) {
				// counted by both around a move of the clock, as counted above
				if (!ran.get(i).instance().equals(ran.get(i - 1).instance()) && !instances.clock
					.movedBetween(ran.get(i - 1).at(), ran.get(i).at(), TwoInstances.JOB_INTERVAL)) {
					assertThat(Duration.between(ran.get(i - 1).at(), ran.get(i).at())).as("%s: %s", job, ran)
						.isGreaterThanOrEqualTo(TwoInstances.JOB_INTERVAL.dividedBy(2));
				}
			}
		});
	}

	/**
	 * Each instance lets in at most {@code BELLA_VOICE_MAX_CALLS} calls in progress (1
	 * here). A call that one instance let in and whose end reached the other frees its
	 * place: the full instance asks Redis, which both write, which of its calls still go
	 * on.
	 */
	@Test
	@Order(7)
	void aCallWhoseEndReachedTheOtherInstanceFreesItsPlace() {
		CallSimulator a = instances.a.twilio(TwoInstances.TWILIO_AUTH_TOKEN);
		CallSimulator b = instances.b.twilio(TwoInstances.TWILIO_AUTH_TOKEN);
		Map<String, String> first = newCall();
		assertThat(post(a, "/twilio/voice", first).body()).contains("<Gather");
		assertThat(post(a, "/twilio/voice", newCall()).body()).contains("All our lines are busy")
			.doesNotContain("<Gather");
		assertThat(post(b, "/twilio/voice", newCall()).body()).as("the other instance has room of its own")
			.contains("<Gather");

		Map<String, String> ended = new LinkedHashMap<>(first);
		ended.put("CallStatus", "completed");
		ended.put("CallDuration", "5");
		assertThat(b.send("/twilio/status", ended).status()).isEqualTo(204);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> post(a, "/twilio/voice", newCall()).body().contains("<Gather"));
	}

	private static void awaitReminders(List<String> patients, long each) {
		ThrowingRunnable oneEach = () -> assertThat(patients)
			.allSatisfy((phone) -> assertThat(TwoInstances.textsTo(phone, REMINDER)).isEqualTo(each));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(oneEach);
		// and so it stays while both instances scan a few times more
		await().during(TwoInstances.JOB_INTERVAL.multipliedBy(3))
			.atMost(TwoInstances.JOB_INTERVAL.multipliedBy(5))
			.untilAsserted(oneEach);
	}

	private static boolean raise(BellaInstance instance, Condition condition) {
		return instance.bean(Alerting.class).raise(condition, null).created();
	}

	private static int dispatch(BellaInstance instance) {
		return instance.bean(NotificationDispatcher.class).dispatchDue();
	}

	/**
	 * Waits until every listener of the booking's event has completed, the text's among
	 * them.
	 */
	private static void awaitDelivered(long appointment) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> instances.jdbc.sql("""
					SELECT COUNT(*) FROM event_publication
					WHERE listener_id = :listener AND completion_date IS NOT NULL AND %s""".formatted(OF_APPOINTMENT))
				.param("listener", BOOKED_LISTENER)
				.param("appointment", String.valueOf(appointment))
				.query(Long.class)
				.single() == 1);
	}

	private static final String OF_APPOINTMENT = "event_type LIKE '%.AppointmentBooked' AND "
			+ "COALESCE(CAST(serialized_event AS jsonb) ->> 'appointmentId', "
			+ "CAST(serialized_event AS jsonb) ->> 'appointment_id') = :appointment";

	/** The completed publications of the booking's event, one per listener. */
	private static List<UUID> publicationsOf(long appointment) {
		return instances.jdbc
			.sql("SELECT id FROM event_publication WHERE completion_date IS NOT NULL AND " + OF_APPOINTMENT)
			.param("appointment", String.valueOf(appointment))
			.query(UUID.class)
			.list();
	}

	private static List<Long> appointmentsOf(String phone) {
		return instances.jdbc.sql("""
				SELECT a.id FROM appointment a JOIN patient p ON p.id = a.patient_id
				WHERE p.phone = ? AND a.status = 'booked'""").param(phone).query(Long.class).list();
	}

	/**
	 * The API of one instance or the other, as a round-robin load balancer alternates.
	 */
	private static ApiClient api(int request) {
		return ((request % 2 == 0) ? instances.a : instances.b).api(TwoInstances.API_KEY);
	}

	private static long createUser(ApiClient api, String name, String phone) {
		Response created = api.post("/api/users", "{\"name\": \"%s\", \"phone\": \"%s\"}".formatted(name, phone));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static CallSimulator.Response post(CallSimulator twilio, String target, Map<String, String> parameters) {
		CallSimulator.Response response = twilio.send(target, parameters);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static Map<String, String> speech(Map<String, String> call, String text) {
		Map<String, String> parameters = new LinkedHashMap<>(call);
		parameters.put("SpeechResult", text);
		parameters.put("Confidence", "0.9");
		return parameters;
	}

	private static Map<String, String> newCall() {
		return Map.of("CallSid", CallSimulator.newCallSid(), "From", nextPhone(), "To", CLINIC);
	}

	private static String nextPhone() {
		return "+1416555" + phones.incrementAndGet();
	}

	static Instant toronto(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(TORONTO).toInstant();
	}

}
