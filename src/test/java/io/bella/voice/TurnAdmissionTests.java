package io.bella.voice;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class TurnAdmissionTests {

	private static final Duration LONG = Duration.ofSeconds(10);

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void newCallsStartWhileFewerTurnsRunThanTheUnreservedPlaces() {
		TurnAdmission admission = new TurnAdmission(3, 1, Duration.ofMillis(20), LONG, LONG);
		assertThat(admission.admitNewCall()).isTrue();
		assertThat(admission.admitNewCall()).isTrue();
		assertThat(admission.admitNewCall()).isFalse();
		assertThat(admission.admitTurn()).isTrue();
		assertThat(admission.running()).isEqualTo(3);
	}

	@Test
	void aNewCallWaitsForAPlaceThatIsFreedInTime() throws Exception {
		TurnAdmission admission = new TurnAdmission(1, 0, LONG, LONG, LONG);
		assertThat(admission.admitNewCall()).isTrue();
		CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(admission::admitNewCall, this.threads);
		admission.release(0);
		assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void aWaitingTurnOfACallInProgressGoesBeforeAWaitingNewCall() throws Exception {
		TurnAdmission admission = new TurnAdmission(1, 0, LONG, LONG, LONG);
		assertThat(admission.admitTurn()).isTrue();
		CompletableFuture<Boolean> newCall = CompletableFuture.supplyAsync(admission::admitNewCall, this.threads);
		CompletableFuture<Boolean> inProgress = CompletableFuture.supplyAsync(admission::admitTurn, this.threads);
		await().until(() -> admission.waitingInProgress() == 1);
		admission.release(0);
		assertThat(inProgress.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(newCall).isNotDone();
		admission.release(0);
		assertThat(newCall.get(5, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void newCallsAreTurnedAwayWhileRecentTurnsAreSlowButCallsInProgressGoOn() {
		TurnAdmission admission = new TurnAdmission(10, 2, Duration.ofMillis(20), LONG, Duration.ofMillis(500));
		assertThat(admission.admitTurn()).isTrue();
		assertThat(admission.admitTurn()).isTrue();
		admission.release(Duration.ofSeconds(2).toNanos());
		assertThat(admission.admitNewCall()).isFalse();
		assertThat(admission.admitTurn()).isTrue();
		// fast turns bring the average back down
		for (int i = 0; i < 40; i++) {
			assertThat(admission.admitTurn()).isTrue();
			admission.release(Duration.ofMillis(5).toNanos());
		}
		assertThat(admission.admitNewCall()).isTrue();
	}

	@Test
	void slowTurnsOfThePastDoNotKeepAnIdleInstanceFromNewCalls() {
		TurnAdmission admission = new TurnAdmission(10, 2, Duration.ofMillis(20), LONG, Duration.ofMillis(500));
		assertThat(admission.admitTurn()).isTrue();
		admission.release(Duration.ofSeconds(2).toNanos());
		assertThat(admission.admitNewCall()).isTrue();
	}

	@Test
	void aNewCallCanAlwaysStartOnAnIdleInstance() {
		TurnAdmission admission = new TurnAdmission(4, 10, Duration.ZERO, LONG, LONG);
		assertThat(admission.admitNewCall()).isTrue();
	}

}
