package io.bella.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.bella.bench.FakeTwilio.Message;
import io.bella.bench.SimulatedCalls.Call;
import io.bella.simulator.CallSimulator;
import io.bella.simulator.LoadFigures;

/**
 * The fault benchmark: two Bella instances on one PostgreSQL (a fresh database
 * {@code bella_failover}) and one Redis, texts going to a {@link FakeTwilio}; concurrent
 * booking calls spread over both, turn by turn; one instance is killed with SIGKILL in the
 * middle of them, after which every webhook goes to the survivor (as a load balancer does
 * once the health check failed), and a webhook the dead instance never answered is sent
 * again to the survivor (as Twilio retries it). Then it checks that every call either
 * booked and heard so or ended on the safe path (the apology and a transfer or a message),
 * that every call that heard a confirmation has exactly its appointment, that no slot is
 * double-booked and that no text was sent twice. Exits 1 on any violation.
 * <p>
 * Settings (system properties): {@code callers} (50), {@code thinkMillis} (2000),
 * {@code rampMillis} (3000), {@code killAfterTurns} (turns answered before the kill,
 * {@code callers} × 3), {@code textWaitSeconds} (how long to wait for the confirmation
 * texts, 60), and {@code heap}, {@code pool}, {@code jar}, {@code redisUrl} as for
 * {@link ScaleBenchmark}.
 */
public final class FailoverBenchmark {

	private FailoverBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int callers = Integer.getInteger("callers", 50);
		List<String> violations = new ArrayList<>();
		StringBuilder report = new StringBuilder(String.format(
				"Failover benchmark: %d concurrent calls over 2 instances, one killed with SIGKILL mid-way%n",
				callers));
		ScratchDatabase database = ScratchDatabase.create("bella_failover");
		try (FakeTwilio twilio = FakeTwilio.start()) {
			Map<String, String> texts = Map.of("TWILIO_ACCOUNT_SID", FakeTwilio.ACCOUNT_SID, "TWILIO_FROM_NUMBER",
					"+14165550199", "BELLA_TWILIO_API_BASE_URL", twilio.baseUrl());
			List<Call> calls;
			try (BellaProcess survivor = ScaleBenchmark.startInstance(database, "failover-1", texts);
					BellaProcess victim = ScaleBenchmark.startInstance(database, "failover-2", texts)) {
				calls = callAndKill(callers, survivor, victim, report, violations);
				if (calls.stream().noneMatch(Call::heardConfirmation)) {
					violations.add("no call booked: the run tested nothing (an overloaded machine? fewer CALLERS)");
				}
				List<Call> confirmed = calls.stream().filter(Call::heardConfirmation).toList();
				awaitTexts(twilio, confirmed.size());
				try (Connection db = database.connect()) {
					check(calls, db, violations, report);
				}
				checkTexts(twilio.messages(), confirmed.size(), violations, report);
			}
		}
		report.append(violations.isEmpty() ? "PASSED: no violation\n"
				: "FAILED: " + violations.size() + " violation(s)\n");
		violations.stream().limit(20).forEach((violation) -> report.append("  ").append(violation).append('\n'));
		System.out.println(report);
		String file = System.getProperty("benchmark.report");
		if (file != null) {
			Files.writeString(Path.of(file), report);
		}
		System.exit(violations.isEmpty() ? 0 : 1);
	}

	private static List<Call> callAndKill(int callers, BellaProcess survivor, BellaProcess victim,
			StringBuilder report, List<String> violations) throws Exception {
		LoadBalancer balancer = new LoadBalancer(List.of(survivor.url(), victim.url()));
		SimulatedCalls calls = new SimulatedCalls(callers, Integer.getInteger("thinkMillis", 2000),
				Integer.getInteger("rampMillis", 3000));
		ExecutorService runner = Executors.newSingleThreadExecutor();
		Future<List<Call>> ended = runner.submit(() -> calls.run((call) -> new CallSimulator(
				URI.create(ScaleBenchmark.PUBLIC_URL), balancer.route(call), ScaleBenchmark.TOKEN, null)
			.retryUnreachable(2)));
		int killAfter = Integer.getInteger("killAfterTurns", callers * 3);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
		while (calls.turnsAnswered() < killAfter && !ended.isDone() && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(20);
		}
		int answered = calls.turnsAnswered();
		victim.kill();
		balancer.takeOut(victim.url());
		report.append(String.format("  killed %s (kill -9) after %d turns answered%s%n", victim.url(), answered,
				ended.isDone() ? " (too late: every call had ended)" : ""));
		if (ended.isDone()) {
			violations.add("the kill came after every call had ended: nothing was tested (a smaller KILL_AFTER_TURNS)");
		}
		List<Call> result = ended.get();
		runner.shutdown();
		return result;
	}

	private static void check(List<Call> calls, Connection db, List<String> violations, StringBuilder report)
			throws SQLException {
		Map<String, Integer> booked = bookedByPhone(db);
		int completed = 0;
		int safe = 0;
		int bookedUnheard = 0;
		for (Call call : calls) {
			int appointments = booked.getOrDefault(call.from(), 0);
			if (call.heardConfirmation()) {
				completed++;
				if (appointments != 1) {
					violations.add("booking lost or doubled: " + call.callSid() + " heard a confirmation and has "
							+ appointments + " appointment(s)");
				}
			}
			else if (call.safePath()) {
				safe++;
				bookedUnheard += (appointments > 0) ? 1 : 0;
			}
			else {
				violations.add("neither booked nor safe path: " + call.describe());
			}
			if (appointments > 1) {
				violations.add("several appointments for one call: " + call.callSid() + " has " + appointments);
			}
		}
		long doubleBookings = LoadFigures.count(db, LoadFigures.DOUBLE_BOOKINGS);
		if (doubleBookings > 0) {
			violations.add(doubleBookings + " double booking(s)");
		}
		report.append(String.format("  calls               %d booked and heard the confirmation, %d safe path "
				+ "(apology or lines busy, then transfer or message), %d other%n", completed, safe,
				calls.size() - completed - safe));
		report.append(String.format("  appointments        %d booked by voice; %d call(s) on the safe path booked "
				+ "without hearing it%n", booked.values().stream().mapToInt(Integer::intValue).sum(), bookedUnheard));
		report.append(String.format("  double bookings     %d%n", doubleBookings));
	}

	private static Map<String, Integer> bookedByPhone(Connection db) throws SQLException {
		Map<String, Integer> booked = new java.util.HashMap<>();
		try (PreparedStatement statement = db.prepareStatement("""
				SELECT p.phone, COUNT(*) FROM appointment a JOIN patient p ON p.id = a.patient_id
				 WHERE a.status = 'booked' AND a.source = 'voice' GROUP BY p.phone""");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				booked.put(rs.getString(1), rs.getInt(2));
			}
		}
		return booked;
	}

	private static void awaitTexts(FakeTwilio twilio, int expected) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.getInteger("textWaitSeconds", 60));
		while (twilio.messages().size() < expected && System.nanoTime() < deadline) {
			TimeUnit.MILLISECONDS.sleep(250);
		}
	}

	private static void checkTexts(List<Message> messages, int confirmed, List<String> violations,
			StringBuilder report) {
		Map<String, Long> perRecipient = messages.stream()
			.collect(Collectors.groupingBy(Message::to, Collectors.counting()));
		Map<List<String>, Long> perText = messages.stream()
			.collect(Collectors.groupingBy((message) -> List.of(message.to(), message.body()),
					Collectors.counting()));
		perText.forEach((text, count) -> {
			if (count > 1) {
				violations.add("text sent " + count + " times to " + text.get(0) + ": " + text.get(1));
			}
		});
		long twice = perRecipient.values().stream().filter((count) -> count > 1).count();
		report.append(String.format("  texts               %d sent to %d numbers for %d confirmed bookings; "
				+ "%d number(s) got more than one text, %d identical text(s) sent twice%n", messages.size(),
				perRecipient.size(), confirmed, twice, perText.values().stream().filter((count) -> count > 1).count()));
	}

}
