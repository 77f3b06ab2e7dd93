package io.bella.system;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Lets forwarded headers ({@code Forwarded}, {@code X-Forwarded-Host}, {@code -Proto},
 * {@code -Port}, {@code -Prefix}, {@code -For}) shape the request URL and the client
 * address only when the request comes from a trusted proxy; from anyone else they are
 * removed. Otherwise any client could choose the URL that Twilio signatures are checked
 * against, and so replay a signature made for another URL of the same account.
 */
class TrustedProxyFilter implements Filter {

	private final TrustedProxies proxies;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	TrustedProxyFilter(TrustedProxies proxies) {
		this.proxies = proxies;
		this.remove.setRemoveOnly(true);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		ForwardedHeaderFilter filter = this.proxies.trusts(request.getRemoteAddr()) ? this.apply : this.remove;
		filter.doFilter(request, response, chain);
	}

}
