package io.bella.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.CallSession;
import io.bella.dialogue.Conversation;
import io.bella.dialogue.DialogueEngine;
import io.bella.dialogue.DialogueStage;
import io.bella.dialogue.Reply;
import io.bella.dialogue.Utterance;
import io.bella.extraction.Expectation;
import io.bella.system.ModelUsage;
import io.bella.system.ModelUsageMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

class CallConductorTests {

	// generous, so that a loaded build machine never turns a test's answer into the
	// apology; the budget itself is tested with a short one
	private static final Duration BUDGET = Duration.ofSeconds(5);

	private static final Duration SHORT_BUDGET = Duration.ofMillis(300);

	private final DialogueEngine dialogue = mock(DialogueEngine.class);

	private final CallRecords records = mock(CallRecords.class);

	private final ClinicFacts clinicFacts = mock(ClinicFacts.class);

	private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final InMemoryCallSessions sessions = new InMemoryCallSessions(
			new CallSessionCodec(JsonMapper.builder().build()), Duration.ofMinutes(30), Clock.systemUTC());

	private final CallsInProgress calls = new CallsInProgress(200, Duration.ofSeconds(60), this.sessions,
			System::nanoTime);

	private final CallConductor conductor = conductor(BUDGET);

	private final IncomingCall call = new IncomingCall("CA100", "+14165550123", "+14165550100");

	private CallConductor conductor(Duration budget) {
		return conductor(budget, this.sessions, this.executor);
	}

	private CallConductor conductor(Duration budget, CallSessions sessions, ExecutorService executor) {
		return conductor(budget, sessions, executor, new TurnAdmission(64, 16, Duration.ofMillis(500), budget, budget));
	}

	private CallConductor conductor(Duration budget, CallSessions sessions, ExecutorService executor,
			TurnAdmission admission) {
		return conductor(budget, sessions, executor, admission, this.calls);
	}

	private CallConductor conductor(Duration budget, CallSessions sessions, ExecutorService executor,
			TurnAdmission admission, CallsInProgress calls) {
		VoiceProperties properties = new VoiceProperties(budget, Duration.ofHours(2), null, "en-CA",
				Duration.ofSeconds(120), Duration.ofMinutes(5), 64);
		Twiml twiml = new Twiml(properties);
		CallRecorder recorder = new CallRecorder(this.records, this.events,
				new TransactionTemplate(mock(PlatformTransactionManager.class)), Clock.systemUTC());
		TurnBudget turns = new TurnBudget(sessions, recorder, twiml, this.clinicFacts,
				new TurnThreads(executor, admission, calls), properties.turnBudget());
		return new CallConductor(this.dialogue, sessions, twiml, this.clinicFacts, recorder, turns);
	}

	@AfterEach
	void stop() {
		this.executor.shutdownNow();
	}

	@Test
	void greetingListensAndSendsTheAnswerToTurnOne() {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Thank you for calling. How can I help?", null));
		given(this.clinicFacts.hints()).willReturn("Maple Dental Centre, Dr. Ng, cleaning");
		String twiml = this.conductor.answer(this.call);
		assertThat(twiml).contains("<Gather", "input=\"speech\"", "action=\"/twilio/gather?turn=1\"",
				"actionOnEmptyResult=\"true\"", "language=\"en-CA\"", "speechTimeout=\"auto\"",
				"hints=\"Maple Dental Centre, Dr. Ng, cleaning\"", "<Say>Thank you for calling. How can I help?</Say>",
				"<Redirect method=\"POST\">/twilio/gather?turn=1</Redirect>");
		then(this.records).should()
			.start("CA100", "+14165550123", "+14165550100", this.sessions.find("CA100").orElseThrow().getStartedAt());
		then(this.events).should().publishEvent(any(CallStarted.class));
		// the turn is recorded just after the caller is answered
		await().untilAsserted(() -> then(this.records).should()
			.addTurn(any(), argThat((turn) -> turn.turn() == 0 && !turn.fallback())));
	}

	@Test
	void sameTurnDeliveredTwiceActsOnceAndAnswersTheSame() {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		given(this.dialogue.respond(any(), any())).willReturn(Reply.ask("Which day?", Expectation.DATE));
		this.conductor.answer(this.call);
		String first = this.conductor.respond(this.call, 1, new Utterance("a cleaning please", 0.9));
		String second = this.conductor.respond(this.call, 1, new Utterance("a cleaning please", 0.9));
		assertThat(second).isEqualTo(first).contains("Which day?", "turn=2");
		then(this.dialogue).should(times(1)).respond(any(), any());
		// the turn is recorded just after the caller is answered
		await().untilAsserted(() -> then(this.records).should(times(2)).addTurn(any(), any()));
	}

	@Test
	void theTokensTheModelChargedForATurnAreRecordedWithTheTurn() {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		given(this.dialogue.respond(any(), any())).willAnswer((invocation) -> {
			ModelUsageMeter.record(ModelUsage.of("gpt-4o-mini", 450, 40));
			return Reply.ask("Which day?", Expectation.DATE);
		});
		this.conductor.answer(this.call);

		this.conductor.respond(this.call, 1, new Utterance("a cleaning please", 0.9));

		await().untilAsserted(() -> then(this.records).should()
			.addTurn(any(), argThat(
					(turn) -> turn.turn() == 1 && turn.llm().equals(new ModelUsage("gpt-4o-mini", 1, 450, 40)))));
		then(this.records).should()
			.addTurn(any(), argThat((turn) -> turn.turn() == 0 && turn.llm().equals(ModelUsage.NONE)));
	}

	@Test
	void concurrentDeliveriesOfATurnActOnce() throws Exception {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		CountDownLatch inDialogue = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		willAnswer((invocation) -> {
			inDialogue.countDown();
			release.await(5, TimeUnit.SECONDS);
			return Reply.ask("Which day?", Expectation.DATE);
		}).given(this.dialogue).respond(any(), any());
		this.conductor.answer(this.call);
		CompletableFuture<String> first = CompletableFuture
			.supplyAsync(() -> this.conductor.respond(this.call, 1, new Utterance("a cleaning", 0.9)), this.executor);
		assertThat(inDialogue.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture
			.supplyAsync(() -> this.conductor.respond(this.call, 1, new Utterance("a cleaning", 0.9)), this.executor);
		release.countDown();
		assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(first.get(5, TimeUnit.SECONDS)).contains("Which day?");
		then(this.dialogue).should(times(1)).respond(any(), any());
	}

	@Test
	void slowDialogueGetsTheApologyWithinTheBudget() {
		given(this.clinicFacts.transferNumber()).willReturn("+14165550101");
		willAnswer((invocation) -> {
			new CountDownLatch(1).await(10, TimeUnit.SECONDS);
			return Reply.ask("too late", null);
		}).given(this.dialogue).start(any());
		CallConductor conductor = conductor(SHORT_BUDGET);
		long started = System.nanoTime();
		String twiml = conductor.answer(this.call);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SHORT_BUDGET.plusMillis(500));
		assertThat(twiml).contains("I'm sorry", "<Dial", "+14165550101").doesNotContain("too late");
		// a retry of the turn hears the same apology rather than acting again
		await().untilAsserted(() -> assertThat(this.sessions.answer("CA100", 0)).contains(twiml));
		assertThat(conductor.answer(this.call)).isEqualTo(twiml);
		await().untilAsserted(() -> then(this.records).should().addTurn(any(), argThat(CallTurn::fallback)));
	}

	@Test
	void whatALateTurnDidIsKeptButTheApologyStaysItsAnswer() {
		given(this.clinicFacts.transferNumber()).willReturn("+14165550101");
		CountDownLatch release = new CountDownLatch(1);
		willAnswer((invocation) -> {
			release.await(10, TimeUnit.SECONDS);
			CallSession session = invocation.getArgument(0);
			session.setOutcome(CallOutcome.BOOKED);
			session.setAppointmentId(42L);
			return Reply.ask("You're all set.", null);
		}).given(this.dialogue).start(any());
		CallConductor conductor = conductor(SHORT_BUDGET);
		String apology = conductor.answer(this.call);
		release.countDown();
		await().untilAsserted(() -> assertThat(this.sessions.find("CA100")).hasValueSatisfying((session) -> {
			assertThat(session.getOutcome()).isEqualTo(CallOutcome.BOOKED);
			assertThat(session.getAppointmentId()).isEqualTo(42L);
		}));
		assertThat(this.sessions.answer("CA100", 0)).contains(apology);
		assertThat(apology).doesNotContain("all set");
	}

	@Test
	void turnThatFinishesAfterItsApologyLeavesTheSessionAndTheAnswerToTheApology() throws Exception {
		given(this.clinicFacts.transferNumber()).willReturn("+14165550101");
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		CountDownLatch release = new CountDownLatch(1);
		willAnswer((invocation) -> {
			release.await(10, TimeUnit.SECONDS);
			CallSession session = invocation.getArgument(0);
			session.conversation(new Conversation(DialogueStage.OFFER, null, null, 0, 0, false));
			return Reply.ask("I have Tuesday at ten. Does that work?", Expectation.CONFIRMATION);
		}).given(this.dialogue).respond(any(), any());
		this.conductor.answer(this.call);
		String apology = conductor(SHORT_BUDGET).respond(this.call, 1, new Utterance("a cleaning", 0.9));
		// the worker finishes just after the caller heard the apology
		release.countDown();
		this.executor.shutdown();
		assertThat(this.executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		assertThat(apology).contains("I'm sorry", "<Dial", "+14165550101").doesNotContain("Tuesday");
		assertThat(this.sessions.answer("CA100", 1)).contains(apology);
		CallSession session = this.sessions.find("CA100").orElseThrow();
		assertThat(session.conversation().stage()).isEqualTo(DialogueStage.INTENT);
		assertThat(session.getTurn()).isZero();
		assertThat(session.getOutcome()).isEqualTo(CallOutcome.FAILED);
		// the turn is recorded just after the caller is answered
		await().untilAsserted(() -> then(this.records).should()
			.addTurn(any(), argThat((turn) -> turn.turn() == 1 && turn.fallback())));
		then(this.records).should(never()).addTurn(any(), argThat((turn) -> turn.turn() == 1 && !turn.fallback()));
	}

	@Test
	void turnClaimedJustBeforeTheBudgetRunsOutIsAnsweredWithWhatItStored() {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		given(this.dialogue.respond(any(), any())).willReturn(Reply.ask("Which day?", Expectation.DATE));
		this.conductor.answer(this.call);
		// storing the answer takes the turn past its budget; the budget leaves a busy
		// machine
		// ample time to claim the turn first
		Duration budget = Duration.ofSeconds(1);
		CallSessions slowStore = new CallSessions() {

			@Override
			public Optional<CallSession> find(String callSid) {
				return CallConductorTests.this.sessions.find(callSid);
			}

			@Override
			public void save(CallSession session, int turn, String twiml) {
				try {
					new CountDownLatch(1).await(budget.toMillis() + 100, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				CallConductorTests.this.sessions.save(session, turn, twiml);
			}

			@Override
			public void saveAnswer(String callSid, int turn, String twiml) {
				CallConductorTests.this.sessions.saveAnswer(callSid, turn, twiml);
			}

			@Override
			public Optional<String> answer(String callSid, int turn) {
				return CallConductorTests.this.sessions.answer(callSid, turn);
			}

			@Override
			public boolean claim(String callSid, int turn) {
				return CallConductorTests.this.sessions.claim(callSid, turn);
			}

			@Override
			public void delete(String callSid) {
				CallConductorTests.this.sessions.delete(callSid);
			}

			@Override
			public Map<String, Duration> idle(Collection<String> callSids) {
				return CallConductorTests.this.sessions.idle(callSids);
			}

		};
		String twiml = conductor(budget, slowStore, this.executor).respond(this.call, 1,
				new Utterance("a cleaning", 0.9));
		assertThat(twiml).contains("Which day?").doesNotContain("I'm sorry");
		assertThat(this.sessions.answer("CA100", 1)).contains(twiml);
		assertThat(this.sessions.find("CA100").orElseThrow().getOutcome()).isNull();
		then(this.records).should(never()).addTurn(any(), argThat(CallTurn::fallback));
	}

	@Test
	void turnWithoutAFreeThreadGetsTheApologyAtOnce() throws Exception {
		given(this.clinicFacts.transferNumber()).willReturn("+14165550101");
		ThreadPoolExecutor saturated = VoiceConfiguration.turnExecutor(1);
		CountDownLatch stuck = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		saturated.execute(() -> {
			stuck.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		try {
			assertThat(stuck.await(5, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();
			String twiml = conductor(BUDGET, this.sessions, saturated).answer(this.call);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
			assertThat(twiml).contains("I'm sorry", "<Dial", "+14165550101");
			then(this.dialogue).shouldHaveNoInteractions();
			assertThat(saturated.getPoolSize()).isEqualTo(1);
		}
		finally {
			release.countDown();
			saturated.shutdownNow();
		}
	}

	@Test
	void newCallBeyondCapacityHearsTheLinesAreBusyAndIsPutThroughToTheFrontDesk() throws Exception {
		given(this.clinicFacts.transferNumber()).willReturn("+14165550101");
		CountDownLatch release = new CountDownLatch(1);
		CallConductor conductor = conductorWithOneTurnRunning(
				new TurnAdmission(1, 0, Duration.ofMillis(50), BUDGET, BUDGET), release);
		try {
			long started = System.nanoTime();
			String twiml = conductor.answer(new IncomingCall("CA200", "+14165550124", "+14165550100"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
			assertThat(twiml).contains("All our lines are busy", "front desk", "<Dial", "+14165550101")
				.doesNotContain("I'm sorry");
			// the full instance is asked nothing more: no dialogue, no session, no record
			then(this.dialogue).should(times(1)).start(any());
			then(this.records).should(never()).start(argThat("CA200"::equals), any(), any(), any());
			assertThat(this.sessions.find("CA200")).isEmpty();
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void newCallBeyondTheCallsInProgressHearsTheLinesAreBusyUntilACallEnds() {
		given(this.clinicFacts.transferNumber()).willReturn("+14165550101");
		given(this.dialogue.start(any())).willReturn(Reply.ask("Thank you for calling. How can I help?", null));
		CallConductor conductor = conductor(BUDGET, this.sessions, this.executor,
				new TurnAdmission(64, 16, Duration.ofMillis(500), BUDGET, BUDGET),
				new CallsInProgress(1, Duration.ofSeconds(60), this.sessions, System::nanoTime));
		assertThat(conductor.answer(this.call)).contains("How can I help?");
		// no turn is running: only the call in progress fills the instance
		assertThat(conductor.answer(new IncomingCall("CA200", "+14165550124", "+14165550100")))
			.contains("All our lines are busy", "front desk", "<Dial", "+14165550101");
		assertThat(this.sessions.find("CA200")).isEmpty();
		assertThat(conductor.answer(this.call)).as("its greeting delivered again").contains("How can I help?");
		conductor.end("CA100", "completed", 42);
		assertThat(conductor.answer(new IncomingCall("CA200", "+14165550124", "+14165550100")))
			.contains("How can I help?");
	}

	@Test
	void newCallBeyondCapacityWithoutATransferNumberMayLeaveAMessage() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CallConductor conductor = conductorWithOneTurnRunning(
				new TurnAdmission(1, 0, Duration.ofMillis(50), BUDGET, BUDGET), release);
		try {
			String twiml = conductor.answer(new IncomingCall("CA200", "+14165550124", "+14165550100"));
			assertThat(twiml).contains("All our lines are busy", "leave your name", "<Record", "/twilio/recording")
				.doesNotContain("<Dial");
		}
		finally {
			release.countDown();
		}
	}

	@Test
	void callInProgressKeepsPriorityOverNewCalls() throws Exception {
		given(this.dialogue.respond(any(), any())).willReturn(Reply.ask("Which day?", Expectation.DATE));
		CountDownLatch release = new CountDownLatch(1);
		// two places, one of them reserved for calls in progress, and one turn running
		CallConductor conductor = conductorWithOneTurnRunning(
				new TurnAdmission(2, 1, Duration.ofMillis(50), BUDGET, BUDGET), release);
		try {
			assertThat(conductor.answer(new IncomingCall("CA200", "+14165550124", "+14165550100")))
				.contains("All our lines are busy");
			IncomingCall inProgress = new IncomingCall("CA300", "+14165550125", "+14165550100");
			this.sessions.save(new CallSession("CA300", "+14165550125", "+14165550100", Instant.now()), 0,
					"<Response/>");
			assertThat(conductor.respond(inProgress, 1, new Utterance("a cleaning please", 0.9))).contains("Which day?")
				.doesNotContain("I'm sorry");
		}
		finally {
			release.countDown();
		}
	}

	/**
	 * A conductor whose first call, {@code CA100}, is greeted by a dialogue that hangs
	 * until {@code release}, so that its turn keeps its place.
	 */
	private CallConductor conductorWithOneTurnRunning(TurnAdmission admission, CountDownLatch release)
			throws InterruptedException {
		CountDownLatch inDialogue = new CountDownLatch(1);
		willAnswer((invocation) -> {
			inDialogue.countDown();
			release.await(10, TimeUnit.SECONDS);
			return Reply.ask("Hello", null);
		}).given(this.dialogue).start(any());
		CallConductor conductor = conductor(SHORT_BUDGET, this.sessions, this.executor, admission);
		CompletableFuture.runAsync(() -> conductor.answer(this.call), this.executor);
		assertThat(inDialogue.await(5, TimeUnit.SECONDS)).isTrue();
		return conductor;
	}

	@Test
	void turnThreadsAreBoundedDaemonsNamedForTheirWork() throws Exception {
		ThreadPoolExecutor turns = VoiceConfiguration.turnExecutor(2);
		try {
			Thread thread = turns.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
			assertThat(thread.getName()).startsWith("voice-turn-");
			assertThat(thread.isDaemon()).isTrue();
			assertThat(turns.getMaximumPoolSize()).isEqualTo(2);
			assertThat(turns.getQueue().remainingCapacity()).isZero();
		}
		finally {
			turns.shutdownNow();
		}
	}

	@Test
	void failingDialogueGetsTheApologyAndAMessageWithoutATransferNumber() {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		given(this.dialogue.respond(any(), any())).willThrow(new IllegalStateException("database is down"));
		this.conductor.answer(this.call);
		String twiml = this.conductor.respond(this.call, 1, new Utterance("a cleaning", 0.9));
		assertThat(twiml).contains("I'm sorry", "<Record", "action=\"/twilio/recording\"",
				"recordingStatusCallback=\"/twilio/recording\"");
		await().untilAsserted(
				() -> assertThat(this.sessions.find("CA100").orElseThrow().getOutcome()).isEqualTo(CallOutcome.FAILED));
	}

	@Test
	void failingRecordsDoNotStopTheConversation() {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		willAnswer((invocation) -> {
			throw new IllegalStateException("database is down");
		}).given(this.records).start(any(), any(), any(), any());
		willAnswer((invocation) -> {
			throw new IllegalStateException("database is down");
		}).given(this.records).addTurn(any(), any());
		assertThat(this.conductor.answer(this.call)).contains("<Say>Hello</Say>");
	}

	@Test
	void repliesBecomeTheirVerbs() {
		given(this.dialogue.start(any())).willReturn(Reply.ask("Hello", null));
		given(this.dialogue.respond(any(), any())).willReturn(Reply.transfer("Connecting you.", "+14165550101"),
				Reply.takeMessage("Please leave a message."), Reply.hangUp("Goodbye."));
		this.conductor.answer(this.call);
		assertThat(this.conductor.respond(this.call, 1, new Utterance("a person", 0.9)))
			.contains("<Say>Connecting you.</Say>", "<Dial action=\"/twilio/dial\"", "+14165550101")
			.doesNotContain("<Gather");
		assertThat(this.conductor.respond(this.call, 2, new Utterance("", 0))).contains("<Record", "playBeep=\"true\"",
				"maxLength=\"120\"");
		assertThat(this.conductor.respond(this.call, 3, new Utterance("bye", 0.9))).contains("<Say>Goodbye.</Say>",
				"<Hangup/>");
		assertThat(this.sessions.find("CA100").orElseThrow().getOutcome()).isEqualTo(CallOutcome.TRANSFERRED);
	}

	@Test
	void endClosesTheRecordWithTheSessionsOutcomeAndForgetsTheSession() {
		given(this.dialogue.start(any())).willAnswer((invocation) -> {
			CallSession session = invocation.getArgument(0);
			session.setOutcome(CallOutcome.BOOKED);
			session.setAppointmentId(7L);
			return Reply.hangUp("Goodbye.");
		});
		given(this.records.end(any(), any(), any(), any(), any())).willReturn(true);
		this.conductor.answer(this.call);
		this.conductor.end("CA100", "completed", 95);
		then(this.records).should().end(any(), any(), any(), any(), any());
		then(this.records).should()
			.end(argThat("CA100"::equals), any(), argThat((Integer d) -> d == 95), argThat(CallOutcome.BOOKED::equals),
					argThat((Long id) -> id == 7L));
		then(this.events).should()
			.publishEvent(argThat((Object event) -> event instanceof CallEnded ended
					&& ended.outcome() == CallOutcome.BOOKED && ended.appointmentId() == 7L));
		assertThat(this.sessions.find("CA100")).isEmpty();
	}

	@Test
	void callThatEndsWithoutOutcomeWasAbandoned() {
		given(this.records.end(any(), any(), any(), any(), any())).willReturn(true);
		this.conductor.end("CA200", "completed", 12);
		then(this.records).should().end(any(), any(), any(), argThat(CallOutcome.ABANDONED::equals), any());
		this.conductor.end("CA201", "in-progress", null);
		then(this.records).shouldHaveNoMoreInteractions();
		assertThat(List.of()).isEmpty();
	}

}
