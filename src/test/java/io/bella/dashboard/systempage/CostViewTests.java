package io.bella.dashboard.systempage;

import java.util.List;

import io.bella.operations.CostBoard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CostViewTests {

	@Test
	void amountsAreWrittenInDollarsToTheCentAndTheExactOnesKept() {
		CostBoard.CostMonth month = new CostBoard.CostMonth("2026-03", "12.4049", "50.0000", 24.8098, "48.105", false,
				List.of(new CostBoard.Recommendation("Shorter greetings", "Say less.", "3.333")));

		CostView view = CostView.of(month);

		assertThat(view.monthToDate()).isEqualTo("$12.40");
		assertThat(view.budget()).isEqualTo("$50.00");
		assertThat(view.used()).isEqualTo("24.8 %");
		assertThat(view.forecast()).isEqualTo("$48.11");
		assertThat(view.recommendations()).singleElement()
			.extracting(CostView.Recommendation::monthlySaving)
			.isEqualTo("$3.33");
		assertThat(view.exact().monthToDate()).isEqualTo("12.4049");
	}

	@Test
	void whatIsNotAnAmountIsWrittenAsItIs() {
		assertThat(CostView.dollars(null)).isEqualTo("—");
		assertThat(CostView.dollars("n/a")).isEqualTo("n/a");
	}

}
