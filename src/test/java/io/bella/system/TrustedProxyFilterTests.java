package io.bella.system;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrustedProxyFilterTests {

	@Test
	void forwardedHeadersFromAnUntrustedClientAreRemoved() throws Exception {
		HttpServletRequest seen = filter(List.of(), forwarded("203.0.113.9"));
		assertThat(seen.getRequestURL().toString()).isEqualTo("http://10.0.0.7:8000/twilio/voice");
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.9");
		assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
		assertThat(seen.getHeader("Forwarded")).isNull();
	}

	@Test
	void forwardedHeadersFromATrustedProxyGiveThePublicUrlWithItsPrefix() throws Exception {
		HttpServletRequest seen = filter(List.of("192.168.0.0/16", "10.0.0.0/8"), forwarded("10.1.2.3"));
		assertThat(seen.getRequestURL().toString()).isEqualTo("https://clinic.example/bella/twilio/voice");
		assertThat(seen.getRequestURI()).isEqualTo("/bella/twilio/voice");
		assertThat(seen.getContextPath()).isEqualTo("/bella");
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.4");
	}

	@Test
	void rfc7239ForwardedHeaderFromATrustedProxyCounts() throws Exception {
		MockHttpServletRequest request = request("10.1.2.3");
		request.addHeader("Forwarded", "for=198.51.100.4;proto=https;host=clinic.example");
		HttpServletRequest seen = filter(List.of("10.1.2.3"), request);
		assertThat(seen.getRequestURL().toString()).isEqualTo("https://clinic.example/twilio/voice");
	}

	@Test
	void trustedRangesAreIpsOrCidrRanges() {
		TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.0/8", " 172.16.0.0/12", "::1", "fd00::/8", ""));
		assertThat(proxies.trusts("10.255.0.1")).isTrue();
		assertThat(proxies.trusts("172.31.255.255")).isTrue();
		assertThat(proxies.trusts("172.32.0.1")).isFalse();
		assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.trusts("fd12:3456::1")).isTrue();
		assertThat(proxies.trusts("11.0.0.1")).isFalse();
		assertThat(proxies.trusts("proxy.internal")).isFalse();
		assertThat(TrustedProxies.of(List.of()).trusts("127.0.0.1")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
			.withMessageContaining("BELLA_TRUSTED_PROXIES");
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.of(List.of("proxy.internal")));
	}

	private static MockHttpServletRequest forwarded(String remoteAddress) {
		MockHttpServletRequest request = request(remoteAddress);
		request.addHeader("X-Forwarded-Proto", "https");
		request.addHeader("X-Forwarded-Host", "clinic.example");
		request.addHeader("X-Forwarded-Port", "443");
		request.addHeader("X-Forwarded-Prefix", "/bella");
		request.addHeader("X-Forwarded-For", "198.51.100.4");
		request.addHeader("Forwarded", "proto=https;host=clinic.example");
		return request;
	}

	private static MockHttpServletRequest request(String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/twilio/voice");
		request.setScheme("http");
		request.setServerName("10.0.0.7");
		request.setServerPort(8000);
		request.setRemoteAddr(remoteAddress);
		return request;
	}

	private static HttpServletRequest filter(List<String> trusted, MockHttpServletRequest request) throws Exception {
		AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
		MockFilterChain chain = new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				seen.set((HttpServletRequest) req);
			}
		};
		new TrustedProxyFilter(TrustedProxies.of(trusted)).doFilter(request, new MockHttpServletResponse(), chain);
		return seen.get();
	}

}
