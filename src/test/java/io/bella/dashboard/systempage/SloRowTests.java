package io.bella.dashboard.systempage;

import java.util.LinkedHashMap;
import java.util.Map;

import io.bella.operations.SloBoard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SloRowTests {

	@Test
	void anSloIsWrittenWithItsObjectiveBudgetAndKnownBurnRates() {
		Map<String, Double> rates = new LinkedHashMap<>();
		rates.put("1h", 2.5);
		rates.put("6h", null);
		rates.put("3d", 0.25);

		SloRow row = SloRow
			.of(new SloBoard.Slo("webhook-availability", "voice", 0.999, "30d", "TICKET", 2000, 1990, 0.125, rates));

		assertThat(row.objective()).isEqualTo("99.90 % over 30d");
		assertThat(row.status()).isEqualTo("TICKET");
		assertThat(row.statusClass()).isEqualTo("slo slo-ticket");
		assertThat(row.events()).isEqualTo("1990 / 2000");
		assertThat(row.budgetLeft()).isEqualTo("12.5 %");
		assertThat(row.burnRates()).isEqualTo("1h 2.50, 3d 0.25");
	}

	@Test
	void withoutEventsTheBudgetAndBurnRatesAreNotKnownYet() {
		Map<String, Double> rates = new LinkedHashMap<>();
		rates.put("1h", null);

		SloRow row = SloRow
			.of(new SloBoard.Slo("call-success", "voice", 0.95, "7d", "INSUFFICIENT_DATA", 0, 0, 0, rates));

		assertThat(row.status()).isEqualTo("INSUFFICIENT DATA");
		assertThat(row.budgetLeft()).isEqualTo("—");
		assertThat(row.burnRates()).isEqualTo("None yet");
	}

}
