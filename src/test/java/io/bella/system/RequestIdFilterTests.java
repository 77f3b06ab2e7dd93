package io.bella.system;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

	final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void aSaneRequestIdIsKeptLoggedAndEchoed() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/providers");
		request.addHeader("X-Request-Id", "abc-123");
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicReference<String> logged = new AtomicReference<>();

		this.filter.doFilter(request, response, (req, res) -> logged.set(MDC.get("request_id")));

		assertThat(logged.get()).isEqualTo("abc-123");
		assertThat(response.getHeader("X-Request-Id")).isEqualTo("abc-123");
		assertThat(MDC.get("request_id")).isNull();
	}

	@Test
	void aMissingOrInjectedRequestIdIsReplaced() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/providers");
		request.addHeader("X-Request-Id", "evil\nFAKE LOG LINE");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.filter.doFilter(request, response, (req, res) -> {
		});

		assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
	}

}
