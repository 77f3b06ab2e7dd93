package io.bella.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.bella.MutableClock;
import io.bella.dialogue.CallSession;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

class CallsInProgressTests {

	private static final Duration IDLE_AFTER = Duration.ofSeconds(60);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T14:00:00Z"));

	private final InMemoryCallSessions sessions = new InMemoryCallSessions(
			new CallSessionCodec(JsonMapper.builder().build()), Duration.ofHours(2), this.clock);

	private final CallsInProgress calls = new CallsInProgress(2, IDLE_AFTER, this.sessions, this::nanoTime);

	@Test
	void letsInAsManyCallsAsTheInstanceCarriesAndNoMore() {
		assertThat(this.calls.admit("CA1")).isTrue();
		assertThat(this.calls.admit("CA2")).isTrue();
		assertThat(this.calls.admit("CA3")).isFalse();
		assertThat(this.calls.count()).isEqualTo(2);
	}

	@Test
	void aGreetingDeliveredAgainIsTheSameCall() {
		this.calls.admit("CA1");
		this.calls.admit("CA2");
		assertThat(this.calls.admit("CA1")).isTrue();
		assertThat(this.calls.count()).isEqualTo(2);
	}

	@Test
	void aCallThatEndedFreesItsPlace() {
		this.calls.admit("CA1");
		this.calls.admit("CA2");
		this.calls.ended("CA1");
		assertThat(this.calls.admit("CA3")).isTrue();
	}

	@Test
	void aCallWhoseEndAnotherInstanceTookFreesItsPlaceOnceItsSessionIsGone() {
		talking("CA1");
		talking("CA2");
		// the status callback reached another instance, which deleted the session
		this.sessions.delete("CA1");
		assertThat(this.calls.admit("CA3")).as("a session is written only after the greeting").isFalse();
		this.clock.advance(Duration.ofSeconds(5));
		talking("CA2");
		assertThat(this.calls.admit("CA3")).isTrue();
		assertThat(this.calls.admit("CA4")).as("CA2 is still talking").isFalse();
	}

	@Test
	void aCallWhoseSessionWentQuietFreesItsPlace() {
		talking("CA1");
		talking("CA2");
		this.clock.advance(IDLE_AFTER.minusSeconds(1));
		talking("CA2");
		assertThat(this.calls.admit("CA3")).isFalse();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.calls.admit("CA3")).as("CA1 has not been heard from for a minute").isTrue();
	}

	@Test
	void theStoreIsAskedOnlyWhenTheInstanceIsFullAndAtMostEveryTwoSeconds() {
		AtomicInteger asked = new AtomicInteger();
		CallSessions store = mock(CallSessions.class);
		given(store.idle(any())).willAnswer((invocation) -> {
			asked.incrementAndGet();
			return Map.of("CA1", Duration.ZERO, "CA2", Duration.ZERO);
		});
		CallsInProgress counted = new CallsInProgress(2, IDLE_AFTER, store, this::nanoTime);
		counted.admit("CA1");
		counted.admit("CA2");
		then(store).should(never()).idle(any());
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(counted.admit("CA3")).isFalse();
		assertThat(counted.admit("CA4")).isFalse();
		assertThat(asked).hasValue(1);
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(counted.admit("CA5")).isFalse();
		assertThat(asked).hasValue(2);
	}

	@Test
	void aStoreThatCannotBeReachedKeepsTheInstanceFull() {
		CallSessions store = mock(CallSessions.class);
		given(store.idle(any())).willThrow(new IllegalStateException("Redis is down"));
		CallsInProgress counted = new CallsInProgress(1, IDLE_AFTER, store, this::nanoTime);
		counted.admit("CA1");
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(counted.admit("CA2")).isFalse();
	}

	@Test
	void refusesAnInstanceThatCarriesNoCall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CallsInProgress(0, IDLE_AFTER, this.sessions, this::nanoTime))
			.withMessageContaining("max-calls");
	}

	@Test
	void theStoreTellsHowLongEachSessionHasBeenQuiet() {
		talking("CA1");
		this.clock.advance(Duration.ofSeconds(7));
		assertThat(this.sessions.idle(List.of("CA1", "CA9"))).containsExactly(Map.entry("CA1", Duration.ofSeconds(7)));
	}

	/** The call is let in (if it was not) and its session written now. */
	private void talking(String callSid) {
		this.calls.admit(callSid);
		this.sessions.save(new CallSession(callSid, "+14165550123", "+14165550100", this.clock.instant()), 1,
				"<Response/>");
	}

	private long nanoTime() {
		Instant now = this.clock.instant();
		return now.getEpochSecond() * 1_000_000_000L + now.getNano();
	}

}
