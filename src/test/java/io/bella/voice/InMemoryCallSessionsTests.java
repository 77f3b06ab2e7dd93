package io.bella.voice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.bella.dialogue.CallSession;
import io.bella.dialogue.CallerIdentity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryCallSessionsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T14:00:00Z"));

	private final InMemoryCallSessions sessions = new InMemoryCallSessions(
			new CallSessionCodec(JsonMapper.builder().build()), Duration.ofMinutes(30), this.clock);

	@Test
	void sessionRoundTripsWithTheAnswerOfItsTurn() {
		CallSession session = new CallSession("CA1", "+14165550123", "+14165550100", this.clock.instant());
		session.setTurn(1);
		session.identity(new CallerIdentity("Jane Doe", null, false, null, false, true, 0));
		this.sessions.save(session, 1, "<Response/>");
		CallSession found = this.sessions.find("CA1").orElseThrow();
		assertThat(found).isNotSameAs(session);
		assertThat(found.identity().name()).isEqualTo("Jane Doe");
		assertThat(found.getTurn()).isEqualTo(1);
		assertThat(this.sessions.answer("CA1", 1)).contains("<Response/>");
		assertThat(this.sessions.answer("CA1", 2)).isEmpty();
	}

	@Test
	void aTurnIsClaimedOnce() {
		assertThat(this.sessions.claim("CA2", 3)).isTrue();
		assertThat(this.sessions.claim("CA2", 3)).isFalse();
		assertThat(this.sessions.claim("CA2", 4)).isTrue();
	}

	@Test
	void sessionsExpireAfterTheirLastTurn() {
		this.sessions.save(new CallSession("CA3", "anonymous", null, this.clock.instant()), 0, "<Response/>");
		this.clock.advance(Duration.ofMinutes(29));
		assertThat(this.sessions.find("CA3")).isPresent();
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.sessions.find("CA3")).isEmpty();
		assertThat(this.sessions.answer("CA3", 0)).isEmpty();
		assertThat(this.sessions.claim("CA3", 0)).isTrue();
	}

	@Test
	void deletedSessionsAreGone() {
		this.sessions.save(new CallSession("CA4", "anonymous", null, this.clock.instant()), 0, "<Response/>");
		this.sessions.delete("CA4");
		assertThat(this.sessions.find("CA4")).isEmpty();
		assertThat(this.sessions.size()).isZero();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
