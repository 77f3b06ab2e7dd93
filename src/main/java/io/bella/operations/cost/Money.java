package io.bella.operations.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as the API writes it: a decimal string in USD, to a hundredth of a cent.
 */
final class Money {

	static final int SCALE = 4;

	private Money() {
	}

	static String usd(BigDecimal amount) {
		return (amount != null) ? amount.setScale(SCALE, RoundingMode.HALF_UP).toPlainString() : null;
	}

	/** An amount in a sentence a person reads: {@code $41.50}. */
	static String dollars(BigDecimal amount) {
		return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A line's amount or price as stored, without trailing zeros. */
	static String exact(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

}
