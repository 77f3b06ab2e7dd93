package io.bella.dashboard.calls;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import io.bella.system.PhoneNumbers;
import io.bella.system.PhoneProperties;
import io.bella.voice.CallQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallFilterTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	private final PhoneNumbers phoneNumbers = new PhoneNumbers(new PhoneProperties("CA"));

	@Test
	void everyFilterIsReadIntoTheQuery() {
		CallFilter filter = CallFilter.parse(Map.of("from", "2026-03-01", "to", "2026-03-02", "outcome", "booked",
				"caller", "(416) 555-0123", "minCost", "0.05", "minP95", "800"), this.phoneNumbers);
		assertThat(filter.errors()).isEmpty();
		CallQuery query = filter.query(TORONTO);
		assertThat(query.from()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z"));
		assertThat(query.to()).isEqualTo(Instant.parse("2026-03-03T05:00:00Z"));
		assertThat(query.outcome()).isEqualTo("BOOKED");
		assertThat(query.caller()).isEqualTo("+14165550123");
		assertThat(query.minCost()).isEqualByComparingTo(new BigDecimal("0.05"));
		assertThat(query.minP95LatencyMs()).isEqualTo(800);
	}

	@Test
	void callersAreReadInAnyCommonFormat() {
		for (String caller : new String[] { "416.555.0123", "+14165550123", "416 555 0123", "1-416-555-0123" }) {
			assertThat(CallFilter.parse(Map.of("caller", caller), this.phoneNumbers).caller()).as(caller)
				.isEqualTo("+14165550123");
		}
	}

	@Test
	void unreadableFiltersAreNamedAndLeftOut() {
		CallFilter filter = CallFilter.parse(
				Map.of("from", "yesterday", "outcome", "maybe", "caller", "Alice", "minCost", "-1", "minP95", "fast"),
				this.phoneNumbers);
		assertThat(filter.errors()).containsOnlyKeys("from", "outcome", "caller", "minCost", "minP95");
		assertThat(filter.query(TORONTO)).isEqualTo(new CallQuery(null, null, null, null, null, null));
		assertThat(filter.queryString()).isEmpty();
	}

	@Test
	void aLastDayBeforeTheFirstIsRefused() {
		CallFilter filter = CallFilter.parse(Map.of("from", "2026-03-02", "to", "2026-03-01"), this.phoneNumbers);
		assertThat(filter.errors()).containsKey("to");
		assertThat(filter.to()).isNull();
	}

	@Test
	void theQueryStringKeepsTheFiltersAsTyped() {
		CallFilter filter = CallFilter.parse(Map.of("caller", "+1 416 555 0123", "outcome", "booked", "page", "3"),
				this.phoneNumbers);
		assertThat(filter.queryString()).isEqualTo("?outcome=booked&caller=%2B1+416+555+0123");
		assertThat(filter.value("caller")).isEqualTo("+1 416 555 0123");
		assertThat(filter.value("from")).isEmpty();
	}

}
