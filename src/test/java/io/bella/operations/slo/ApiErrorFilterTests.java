package io.bella.operations.slo;

import java.time.Instant;

import io.bella.MutableClock;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ApiErrorFilterTests {

	static final Instant NOW = Instant.parse("2026-03-10T10:00:30Z");

	final SloCounters counters = new SloCounters();

	final ApiErrorFilter filter = new ApiErrorFilter(this.counters, new MutableClock(NOW));

	@Test
	void aServerErrorIsBadAndAClientErrorIsNot() throws Exception {
		answer(200);
		answer(404);
		answer(401);
		answer(503);
		answer(500);

		assertThat(counted()).isEqualTo(new Counts(5, 3));
	}

	@Test
	void aRequestThatFailedPastEveryHandlerIsBad() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("GET", "/api/calls"),
					new MockHttpServletResponse(), (request, response) -> {
						throw new IllegalStateException("boom");
					}));

		assertThat(counted()).isEqualTo(new Counts(1, 0));
	}

	private void answer(int status) throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("GET", "/api/calls"), new MockHttpServletResponse(),
				(request, response) -> ((HttpServletResponse) response).setStatus(status));
	}

	private Counts counted() {
		return this.counters.snapshot(NOW)
			.stream()
			.filter((snapshot) -> snapshot.series().equals(Slo.API_ERRORS))
			.map(SloCounters.Snapshot::counts)
			.reduce(Counts.NONE, Counts::plus);
	}

}
