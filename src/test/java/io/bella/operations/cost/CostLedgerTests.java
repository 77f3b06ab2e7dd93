package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.bella.dialogue.CallOutcome;
import io.bella.dialogue.Reply;
import io.bella.messaging.SentText;
import io.bella.messaging.SentTexts;
import io.bella.operations.H2Database;
import io.bella.system.ModelUsage;
import io.bella.system.PhoneNumbers;
import io.bella.system.PhoneProperties;
import io.bella.voice.CallEnded;
import io.bella.voice.CallRecord;
import io.bella.voice.CallRecords;
import io.bella.voice.CallTurn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The ledger on the embedded default's database: a call's lines when it ends, a text's
 * when it is swept, both on the call, and never twice.
 */
class CostLedgerTests {

	static final Instant STARTED = Instant.parse("2026-03-10T14:00:00Z");

	static final Instant ENDED = STARTED.plusSeconds(180);

	static final String CALL = "CAledger0000000000000000000000001";

	static final String TEXT = "SMledger0000000000000000000000001";

	static final long APPOINTMENT = 4242;

	final CallRecords records = mock(CallRecords.class);

	final SentTexts sentTexts = mock(SentTexts.class);

	final Clock clock = Clock.fixed(ENDED.plusSeconds(30), ZoneOffset.UTC);

	CostLedger ledger;

	CallCosting callCosting;

	TextCosting textCosting;

	@BeforeEach
	void setUp() {
		JdbcClient jdbc = JdbcClient.create(H2Database.migrated());
		this.ledger = new CostLedger(jdbc);
		CostCalls calls = new CostCalls(jdbc);
		CostProperties properties = Prices.properties(new BigDecimal("50"));
		Countries countries = new Countries(new PhoneNumbers(new PhoneProperties("CA")));
		this.callCosting = new CallCosting(this.records, this.ledger, calls, properties, countries, this.clock);
		this.textCosting = new TextCosting(this.sentTexts, this.ledger, calls, properties, countries);
		given(this.records.findBySid(CALL)).willReturn(Optional.of(threeMinuteCallWithEightSpeechTurns()));
		// the booking's confirmation went out during the call, a single GSM-7 segment
		given(this.sentTexts.since(any(), anyInt())).willReturn(List.of(new SentText(TEXT,
				"appointment-booked:" + APPOINTMENT, APPOINTMENT, "CA", 1, false, STARTED.plusSeconds(120))));
	}

	@Test
	void aThreeMinuteCallWithEightSpeechTurnsAndOneTextCostsWhatItComesToByHand() {
		this.callCosting.on(ended());
		this.textCosting.costNewTexts(ENDED.plus(Duration.ofMinutes(5)));

		// 3 started minutes at 0.0085 = 0.0255; 8 recognitions at 0.02 = 0.16;
		// 1 segment at 0.0083 = 0.0083; 3 × 450 prompt tokens at 0.15 per million
		// = 0.0002025; 3 × 40 answer tokens at 0.60 per million = 0.000072
		BigDecimal byHand = new BigDecimal("0.0255").add(new BigDecimal("0.16"))
			.add(new BigDecimal("0.0083"))
			.add(new BigDecimal("0.0002025"))
			.add(new BigDecimal("0.000072"));
		List<CostLine> lines = this.ledger.ofCall(CALL);
		assertThat(sum(lines)).isCloseTo(byHand, within(new BigDecimal("0.0001")));
		assertThat(sum(lines)).isEqualByComparingTo("0.1940745");
		assertThat(lines).extracting((line) -> line.component().key(), CostLine::item, CostLine::quantity)
			.containsExactlyInAnyOrder(tuple("twilio_voice", "inbound CA", new BigDecimal("3")),
					tuple("twilio_speech", "gather", new BigDecimal("8")),
					tuple("llm", "gpt-4o-mini input", new BigDecimal("1350")),
					tuple("llm", "gpt-4o-mini output", new BigDecimal("120")),
					tuple("sms", "outbound CA", new BigDecimal("1")));
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.basis()).isEqualTo(CostLine.Basis.ESTIMATE);
			assertThat(line.priceVersion()).isEqualTo(Prices.VERSION);
			assertThat(line.callSid()).isEqualTo(CALL);
		});
		assertThat(lines).filteredOn((line) -> line.component() == CostComponent.SMS)
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.subject()).isEqualTo(TEXT);
				assertThat(line.appointmentId()).isEqualTo(APPOINTMENT);
			});
	}

	@Test
	void aTextSweptBeforeItsCallEndedJoinsTheCallWhenItEnds() {
		this.textCosting.costNewTexts(STARTED.plusSeconds(150));
		assertThat(this.ledger.ofCall(CALL)).isEmpty();

		this.callCosting.on(ended());

		assertThat(this.ledger.ofCall(CALL)).extracting(CostLine::component).contains(CostComponent.SMS);
		assertThat(sum(this.ledger.ofCall(CALL))).isEqualByComparingTo("0.1940745");
	}

	@Test
	void theEndDeliveredAgainAndTheTextsSweptAgainAddNoLine() {
		this.callCosting.on(ended());
		this.textCosting.costNewTexts(ENDED.plus(Duration.ofMinutes(5)));
		List<CostLine> once = this.ledger.ofCall(CALL);

		this.callCosting.on(ended());
		this.textCosting.costNewTexts(ENDED.plus(Duration.ofMinutes(10)));

		assertThat(this.ledger.ofCall(CALL)).hasSize(once.size()).containsExactlyInAnyOrderElementsOf(once);
	}

	@Test
	void aTextAboutTheAppointmentSentLongAfterTheCallIsNotTheCalls() {
		given(this.sentTexts.since(any(), anyInt())).willReturn(List.of(new SentText(TEXT,
				"appointment-cancelled:" + APPOINTMENT, APPOINTMENT, "CA", 1, false, ENDED.plus(Duration.ofDays(1)))));
		this.callCosting.on(ended());

		this.textCosting.costNewTexts(ENDED.plus(Duration.ofDays(1)).plusSeconds(60));

		assertThat(this.ledger.ofCall(CALL)).extracting(CostLine::component).doesNotContain(CostComponent.SMS);
		assertThat(this.ledger.costedTexts(ENDED)).containsExactly(TEXT);
	}

	@Test
	void aModelTheTableHasNoPriceForIsAZeroLineThatSaysItIsUnconfirmed() {
		List<CallTurn> turns = new ArrayList<>(threeMinuteCallWithEightSpeechTurns().turns());
		turns.set(2, turn(2, "tomorrow", Reply.Action.LISTEN, new ModelUsage("llama3.1", 1, 700, 50)));
		given(this.records.findBySid(CALL)).willReturn(Optional.of(call(turns)));

		this.callCosting.on(ended());

		assertThat(this.ledger.ofCall(CALL)).filteredOn((line) -> line.item().startsWith("llama3.1"))
			.hasSize(2)
			.allSatisfy((line) -> {
				assertThat(line.amount()).isZero();
				assertThat(line.confirmed()).isFalse();
			});
	}

	static CallEnded ended() {
		return new CallEnded(CALL, CallOutcome.BOOKED, 180, APPOINTMENT, ENDED);
	}

	/**
	 * Turn 0 greets and listens; the caller speaks in turns 1 to 8, Bella listening after
	 * each but the last, which hangs up: eight speech recognitions. The model reads three
	 * of the answers, 450 prompt and 40 answer tokens each.
	 */
	static CallRecord threeMinuteCallWithEightSpeechTurns() {
		List<CallTurn> turns = new ArrayList<>();
		turns.add(turn(0, null, Reply.Action.LISTEN, ModelUsage.NONE));
		for (int turn = 1; turn <= 8; turn++) {
			ModelUsage llm = (turn <= 3) ? ModelUsage.of("gpt-4o-mini", 450, 40) : ModelUsage.NONE;
			turns.add(turn(turn, "answer " + turn, (turn < 8) ? Reply.Action.LISTEN : Reply.Action.HANG_UP, llm));
		}
		return call(turns);
	}

	static CallRecord call(List<CallTurn> turns) {
		return new CallRecord(CALL, "+14165550123", "+14165550100", STARTED, ENDED, 180, CallOutcome.BOOKED,
				APPOINTMENT, turns.size(), turns);
	}

	static CallTurn turn(int turn, String heard, Reply.Action action, ModelUsage llm) {
		return new CallTurn(turn, heard, (heard != null) ? 0.9 : null, "said " + turn, action, 200, false,
				STARTED.plusSeconds(20L * turn), llm);
	}

	static BigDecimal sum(List<CostLine> lines) {
		return lines.stream().map(CostLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
