package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.bella.operations.H2Database;
import io.bella.operations.cost.PriceTable.Price;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A month's answer worked out by hand: four calls and two texts in April 2026 in Toronto,
 * asked on the 16th at midnight, half the month gone.
 */
class CostReportTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final Instant HALF_WAY = ZonedDateTime.of(2026, 4, 16, 0, 0, 0, 0, TORONTO).toInstant();

	static final Instant APRIL_10 = ZonedDateTime.of(2026, 4, 10, 10, 0, 0, 0, TORONTO).toInstant();

	CostLedger ledger;

	CostCalls calls;

	CostReport report;

	@BeforeEach
	void setUp() {
		JdbcClient jdbc = JdbcClient.create(H2Database.migrated());
		this.ledger = new CostLedger(jdbc);
		this.calls = new CostCalls(jdbc);
		CostQueries queries = new CostQueries(jdbc);
		// 0.60: the month's 0.55026 is 91.7 % of it
		CostProperties properties = Prices.properties(new BigDecimal("0.60"));
		Budget budget = new Budget(queries, properties, () -> Optional.of(TORONTO));
		this.report = new CostReport(budget, queries, new Recommendations(queries, properties), properties);
		// A: 1 min, 3 recognitions = 0.0685
		call("CA-a", 60, "BOOKED", 1L, 3, 0, 0, 0);
		// B: 3 min, 8 recognitions (2 heard nothing), 2 model requests of 1000 prompt
		// tokens and 50 answer tokens each = 0.18586, and a two-segment text 0.0166
		call("CA-b", 180, "BOOKED", 2L, 8, 2, 2, 2000);
		// C: half a minute, 1 recognition that heard nothing = 0.0285
		call("CA-c", 30, "ABANDONED", null, 1, 1, 0, 0);
		// D: 5 min, 10 recognitions = 0.2425
		call("CA-d", 300, "TRANSFERRED", null, 10, 0, 0, 0);
		text("SM-b", "CA-b", 2L, 2);
		// a text about an appointment booked over the API, on no call: 0.0083
		text("SM-api", null, 3L, 1);
	}

	@Test
	void theMonthAgainstTheBudgetWithItsLinearForecast() {
		CostOptimization answer = this.report.of(BillingMonth.of(YearMonth.of(2026, 4), TORONTO), HALF_WAY);

		assertThat(answer.month()).isEqualTo("2026-04");
		assertThat(answer.timeZone()).isEqualTo("America/Toronto");
		assertThat(answer.from()).hasToString("2026-04-01T00:00-04:00");
		assertThat(answer.monthToDate()).isEqualTo("0.5503");
		assertThat(answer.budget()).isEqualTo("0.6000");
		assertThat(answer.percentUsed()).isEqualTo(91.7);
		// half the month gone: twice what it cost so far
		assertThat(answer.forecastMonthEnd()).isEqualTo("1.1005");
		assertThat(answer.forecastOverBudget()).isTrue();
		assertThat(answer.thresholdsCrossed()).containsExactly(80, 90);
	}

	@Test
	void costPerCallAndPerSuccessfulCall() {
		CostOptimization answer = this.report.of(BillingMonth.of(YearMonth.of(2026, 4), TORONTO), HALF_WAY);

		assertThat(answer.calls()).isEqualTo(4);
		assertThat(answer.successfulCalls()).isEqualTo(2);
		// 0.0285, 0.0685, 0.20246, 0.2425: average 0.13549, nearest-rank median and
		// 95th
		assertThat(answer.costPerCall()).isEqualTo(new CostOptimization.CostPerCall("0.1355", "0.0685", "0.2425"));
		// the whole month over the two calls that booked
		assertThat(answer.costPerSuccessfulCall()).isEqualTo("0.2751");
		assertThat(answer.mostExpensiveCalls()).extracting(CostOptimization.CallCost::callSid)
			.containsExactly("CA-d", "CA-b", "CA-a", "CA-c");
		assertThat(answer.mostExpensiveCalls().get(1).cost()).isEqualTo("0.2025");
		assertThat(answer.mostExpensiveCalls().get(0).outcome()).isEqualTo("transferred");
	}

	@Test
	void theMonthByComponentLargestFirst() {
		CostOptimization answer = this.report.of(BillingMonth.of(YearMonth.of(2026, 4), TORONTO), HALF_WAY);

		assertThat(answer.byComponent())
			.extracting(CostOptimization.ComponentCost::component, CostOptimization.ComponentCost::amount)
			.containsExactly(tuple("twilio_speech", "0.4400"), tuple("twilio_voice", "0.0850"), tuple("sms", "0.0249"),
					tuple("llm", "0.0004"));
		assertThat(answer.byComponent().get(0).sharePercent()).isEqualTo(80.0);
		// the tests' Twilio prices are unconfirmed, the model's output price confirmed
		assertThat(answer.byComponent().get(0).unconfirmed()).isEqualTo("0.4400");
		assertThat(answer.priceTable().unconfirmed()).contains("twilio_speech: gather", "llm: gpt-4o-mini input")
			.doesNotContain("llm: gpt-4o-mini output", "whisper: transcription");
	}

	@Test
	void recommendationsWithTheirNumbersLargestSavingFirst() {
		CostOptimization answer = this.report.of(BillingMonth.of(YearMonth.of(2026, 4), TORONTO), HALF_WAY);

		assertThat(answer.recommendations())
			.extracting(Recommendations.Recommendation::id, Recommendations.Recommendation::estimatedMonthlySaving)
			.containsExactly(tuple("calls-past-break-even", "0.7269"), tuple("speech-paid-twice", "0.1200"),
					tuple("texts-over-one-segment", "0.0166"), tuple("long-prompts", "0.0001"));
		// 0.05 at the calls' 0.54196 for 570 s: 53 s; A, B and D lasted
		// longer and cost 0.36346 beyond the target
		assertThat(answer.recommendations().get(0).numbers()).contains(entry("break_even_seconds", 53L),
				entry("calls_past_break_even", 3), entry("cost_beyond_target_so_far", "0.3635"));
		assertThat(answer.recommendations().get(1).numbers()).contains(entry("speech_recognitions", 22L),
				entry("heard_nothing", 3L), entry("price_per_recognition", "0.02"),
				entry("paid_again_so_far", "0.0600"));
		assertThat(answer.recommendations().get(2).numbers()).contains(entry("texts", 2L),
				entry("texts_over_one_segment", 1L), entry("extra_segments", 1L));
		assertThat(answer.recommendations().get(3).numbers()).contains(entry("long_requests", 2L),
				entry("tokens_beyond_threshold", 400L));
	}

	@Test
	void aPastMonthIsCompleteAndAMonthWithoutCallsHasNoCostPerCall() {
		CostOptimization april = this.report.of(BillingMonth.of(YearMonth.of(2026, 4), TORONTO),
				HALF_WAY.plusSeconds(40L * 24 * 3600));
		CostOptimization may = this.report.of(BillingMonth.of(YearMonth.of(2026, 5), TORONTO),
				HALF_WAY.plusSeconds(40L * 24 * 3600));

		assertThat(april.forecastMonthEnd()).isEqualTo(april.monthToDate());
		assertThat(may.monthToDate()).isEqualTo("0.0000");
		assertThat(may.calls()).isZero();
		assertThat(may.costPerCall().avg()).isNull();
		assertThat(may.costPerSuccessfulCall()).isNull();
		assertThat(may.recommendations()).isEmpty();
		assertThat(may.thresholdsCrossed()).isEmpty();
	}

	private void call(String sid, int seconds, String outcome, Long appointment, int gathers, int unheard, int requests,
			long inputTokens) {
		Instant ended = APRIL_10.plusSeconds(seconds);
		PriceTable prices = Prices.table();
		List<CostLine> lines = new ArrayList<>();
		lines.add(CallPricing.line(prices.version(), sid, sid, appointment, CostComponent.TWILIO_VOICE, "inbound CA",
				BigDecimal.valueOf(Math.max(1, (seconds + 59) / 60)), "minute", prices.voiceInbound("CA"), ended));
		lines.add(CallPricing.line(prices.version(), sid, sid, appointment, CostComponent.TWILIO_SPEECH, "gather",
				BigDecimal.valueOf(gathers), "15 s", Optional.of(prices.speech()), ended));
		if (requests > 0) {
			lines.add(CallPricing.line(prices.version(), sid, sid, appointment, CostComponent.LLM, "gpt-4o-mini input",
					BigDecimal.valueOf(inputTokens), "token",
					Optional.of(new Price(new BigDecimal("0.00000015"), "token", false, null)), ended));
			lines.add(CallPricing.line(prices.version(), sid, sid, appointment, CostComponent.LLM, "gpt-4o-mini output",
					BigDecimal.valueOf(50L * requests), "token",
					Optional.of(new Price(new BigDecimal("0.0000006"), "token", true, null)), ended));
		}
		this.ledger.add(lines, ended);
		this.calls.add(new CallFacts(sid, APRIL_10, ended, seconds, outcome, appointment, gathers, unheard, requests,
				inputTokens));
	}

	private void text(String sid, String call, Long appointment, int segments) {
		PriceTable prices = Prices.table();
		this.ledger.add(
				List.of(CallPricing.line(prices.version(), sid, call, appointment, CostComponent.SMS, "outbound CA",
						BigDecimal.valueOf(segments), "segment", prices.sms("CA"), APRIL_10.plusSeconds(90))),
				APRIL_10);
	}

}
