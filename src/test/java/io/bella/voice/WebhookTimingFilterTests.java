package io.bella.voice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.bella.MutableClock;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class WebhookTimingFilterTests {

	static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

	final List<Object> published = new ArrayList<>();

	final WebhookTimingFilter filter = new WebhookTimingFilter(this.published::add, new MutableClock(NOW));

	@AfterEach
	void clearRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aTurnAnsweredWithTwimlIsAGoodWebhook() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("POST", "/twilio/gather"), new MockHttpServletResponse(),
				(request, response) -> ((HttpServletResponse) response).setStatus(200));

		assertThat(this.published).singleElement().isInstanceOfSatisfying(WebhookAnswered.class, (answered) -> {
			assertThat(answered.webhook()).isEqualTo("gather");
			assertThat(answered.status()).isEqualTo(200);
			assertThat(answered.apology()).isFalse();
			assertThat(answered.good()).isTrue();
			assertThat(answered.at()).isEqualTo(NOW);
		});
	}

	@Test
	void theApologyAnsweredWith200IsABadWebhook() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("POST", "/twilio/voice"), new MockHttpServletResponse(),
				(request, response) -> {
					// as the dispatcher servlet binds it for the exception handler and
					// the
					// turn budget
					RequestContextHolder
						.setRequestAttributes(new ServletRequestAttributes((HttpServletRequest) request));
					WebhookTimingFilter.apologized();
					((HttpServletResponse) response).setStatus(200);
				});

		assertThat(this.published).singleElement().isInstanceOfSatisfying(WebhookAnswered.class, (answered) -> {
			assertThat(answered.apology()).isTrue();
			assertThat(answered.good()).isFalse();
		});
	}

	@Test
	void aWebhookThatFailedPastEveryHandlerCountsAsA500() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("POST", "/twilio/status"),
					new MockHttpServletResponse(), (request, response) -> {
						throw new IllegalStateException("boom");
					}));

		assertThat(this.published).singleElement()
			.isInstanceOfSatisfying(WebhookAnswered.class, (answered) -> assertThat(answered.status()).isEqualTo(500));
	}

	@Test
	void outsideARequestMarkingTheApologyDoesNothing() {
		WebhookTimingFilter.apologized();

		assertThat(RequestContextHolder.getRequestAttributes()).isNull();
	}

}
