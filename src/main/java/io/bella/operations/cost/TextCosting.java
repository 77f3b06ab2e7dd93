package io.bella.operations.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.bella.messaging.SentText;
import io.bella.messaging.SentTexts;

import org.springframework.stereotype.Component;

/**
 * Estimates the texts Twilio took: a line per text, its segments at the table's price for
 * the recipient's country, on the call whose appointment it was about when there is one
 * (the latest call that touched the appointment, ended at most ten minutes before it).
 * Texts not yet costed are found among those of the last days, so a run that failed is
 * made up by the next.
 */
@Component
class TextCosting {

	private final SentTexts texts;

	private final CostLedger ledger;

	private final CostCalls calls;

	private final CostProperties properties;

	private final Countries countries;

	TextCosting(SentTexts texts, CostLedger ledger, CostCalls calls, CostProperties properties, Countries countries) {
		this.texts = texts;
		this.ledger = ledger;
		this.calls = calls;
		this.properties = properties;
		this.countries = countries;
	}

	/**
	 * Costs the texts of the last days that are not in the ledger yet.
	 * @param now the run's time
	 * @return how many lines were added
	 */
	int costNewTexts(Instant now) {
		Instant since = now.minus(this.properties.jobs().textsLookback());
		Set<String> costed = this.ledger.costedTexts(since);
		List<CostLine> lines = new ArrayList<>();
		// reading is cheap and asks nobody: ten batches' worth of texts a run
		for (SentText text : this.texts.since(since, this.properties.jobs().batch() * 10)) {
			if (!costed.contains(text.messageSid())) {
				lines.add(line(text));
			}
		}
		return this.ledger.add(lines, now);
	}

	private CostLine line(SentText text) {
		String country = this.countries.orDefault(text.country());
		String callSid = (text.appointmentId() != null)
				? this.calls.callOf(text.appointmentId(), text.sentAt()).orElse(null) : null;
		PriceTable prices = this.properties.prices();
		return CallPricing.line(prices.version(), text.messageSid(), callSid, text.appointmentId(), CostComponent.SMS,
				"outbound " + country, BigDecimal.valueOf(text.segments()), "segment", prices.sms(country),
				text.sentAt());
	}

}
