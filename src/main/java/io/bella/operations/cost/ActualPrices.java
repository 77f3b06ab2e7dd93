package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.bella.messaging.TwilioApiException;
import io.bella.messaging.TwilioClient;
import io.bella.operations.cost.CostLine.Basis;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the estimates of Twilio's charges with what Twilio charged: the {@code price}
 * of the Call and Message resources, which Twilio fills in some time after the call or
 * text, fetched through {@link TwilioClient} behind the {@code twilio} circuit breaker.
 * An estimate is asked about from a little after it was incurred, again while Twilio has
 * no price yet, and no more after a week. A price in another currency than USD leaves the
 * estimate. Speech recognition has no per-call price at Twilio (it is billed by usage
 * category), and stays an estimate.
 */
@Component
class ActualPrices {

	static final String VERSION = "twilio";

	private static final Logger log = LoggerFactory.getLogger(ActualPrices.class);

	private static final String USD = "USD";

	private static final int UNIT_PRICE_SCALE = 10;

	private final CostLedger ledger;

	private final TwilioClient twilio;

	private final CircuitBreaker breaker;

	private final CostProperties properties;

	private final TransactionTemplate transactions;

	ActualPrices(CostLedger ledger, ObjectProvider<TwilioClient> twilio, CircuitBreakerRegistry breakers,
			CostProperties properties, TransactionTemplate transactions) {
		this.ledger = ledger;
		this.twilio = twilio.getIfAvailable();
		this.breaker = breakers.circuitBreaker("twilio");
		this.properties = properties;
		this.transactions = transactions;
	}

	/**
	 * Asks Twilio for the prices of a batch of estimates.
	 * @param now the run's time
	 * @return how many estimates were replaced
	 */
	int fetch(Instant now) {
		if (this.twilio == null) {
			return 0;
		}
		CostProperties.Jobs jobs = this.properties.jobs();
		List<CostLedger.Pending> pending = this.ledger.awaitingActual(now.minus(jobs.actualGiveUpAfter()),
				now.minus(jobs.actualAfter()), now.minus(jobs.actualRecheck()), jobs.batch());
		int replaced = 0;
		for (CostLedger.Pending estimate : pending) {
			Optional<CostLine> actual;
			try {
				actual = this.breaker.executeSupplier(() -> actual(estimate));
			}
			catch (CallNotPermittedException ex) {
				log.debug("The twilio circuit breaker is open; actual prices are fetched later");
				break;
			}
			catch (RuntimeException ex) {
				log.warn("Twilio's price of a {} could not be read: {}", estimate.component().key(), ex.toString());
				actual = Optional.empty();
			}
			replaced += replace(estimate, actual, now) ? 1 : 0;
		}
		if (replaced > 0) {
			log.info("{} cost estimates replaced by Twilio's prices", replaced);
		}
		return replaced;
	}

	private boolean replace(CostLedger.Pending estimate, Optional<CostLine> actual, Instant now) {
		return Boolean.TRUE.equals(this.transactions.execute((status) -> {
			this.ledger.asked(estimate.id(), now);
			return actual.isPresent() && this.ledger.replace(actual.get(), now);
		}));
	}

	private Optional<CostLine> actual(CostLedger.Pending estimate) {
		try {
			if (estimate.component() == CostComponent.TWILIO_VOICE) {
				TwilioClient.Call call = this.twilio.call(estimate.subject());
				long minutes = Math.max(1, (number(call.duration()) + 59) / 60);
				return line(estimate, call.price(), call.priceUnit(), minutes, "minute");
			}
			TwilioClient.Message message = this.twilio.message(estimate.subject());
			return line(estimate, message.price(), message.priceUnit(), number(message.numSegments()), "segment");
		}
		catch (TwilioApiException ex) {
			if (ex.status() == 404 && ex.code() != null) {
				// Twilio's own not found: not Twilio's (or deleted),
				// nothing to learn, not a failure of Twilio
				return Optional.empty();
			}
			throw ex;
		}
	}

	private static Optional<CostLine> line(CostLedger.Pending estimate, String price, String unit, long quantity,
			String per) {
		if (price == null || price.isBlank() || (unit != null && !USD.equalsIgnoreCase(unit)) || quantity <= 0) {
			return Optional.empty();
		}
		BigDecimal amount = new BigDecimal(price.strip()).abs();
		BigDecimal count = BigDecimal.valueOf(quantity);
		return Optional.of(new CostLine(estimate.subject(), estimate.component(), estimate.item(), Basis.ACTUAL,
				estimate.callSid(), estimate.appointmentId(), count, per,
				amount.divide(count, UNIT_PRICE_SCALE, RoundingMode.HALF_UP), CostLine.amount(amount, BigDecimal.ONE),
				VERSION, true, estimate.incurredAt()));
	}

	private static long number(String number) {
		try {
			return (number != null) ? Long.parseLong(number.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
