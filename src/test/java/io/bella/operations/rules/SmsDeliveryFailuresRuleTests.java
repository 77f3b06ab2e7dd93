package io.bella.operations.rules;

import java.time.Instant;

import io.bella.messaging.SentTexts;
import io.bella.operations.alerts.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * {@code sms-delivery-failures}: MEDIUM above 5 % of the last hour's texts with a final
 * status, and only once there are enough of them.
 */
class SmsDeliveryFailuresRuleTests {

	static final Instant NOW = Instant.parse("2026-03-02T13:00:00Z");

	final SentTexts texts = mock(SentTexts.class);

	final SmsDeliveryFailuresRule rule = new SmsDeliveryFailuresRule(this.texts);

	@Test
	void moreThanFivePercentUndeliveredOrFailedIsAMediumConditionSayingTheNumbers() {
		given(this.texts.deliveries(NOW.minusSeconds(3600))).willReturn(new SentTexts.Deliveries(100, 6));

		assertThat(this.rule.evaluate(NOW)).singleElement().satisfies((condition) -> {
			assertThat(condition.fingerprint()).isEqualTo("sms-delivery-failures{}");
			assertThat(condition.severity()).isEqualTo(Severity.MEDIUM);
			assertThat(condition.component()).isEqualTo("sms");
			assertThat(condition.summary()).isEqualTo("6 of 100 texts (6 %) undelivered or failed in the last hour");
		});
	}

	@Test
	void fivePercentOrLessIsNoCondition() {
		given(this.texts.deliveries(NOW.minusSeconds(3600))).willReturn(new SentTexts.Deliveries(100, 5));

		assertThat(this.rule.evaluate(NOW)).isEmpty();
	}

	@Test
	void fewTextsAreNoConditionHoweverManyFailed() {
		given(this.texts.deliveries(NOW.minusSeconds(3600))).willReturn(new SentTexts.Deliveries(19, 19));

		assertThat(this.rule.evaluate(NOW)).isEmpty();
	}

}
