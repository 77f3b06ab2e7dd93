package io.bella.dashboard.analytics;

import java.util.List;

import io.bella.operations.KpiBoard;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyticsViewTests {

	@Test
	void aChartsSummaryGivesTheTotalAndTheBusiestRow() {
		List<AnalyticsView.Row> rows = List.of(new AnalyticsView.Row("Mon 2 Mar", 3, null, 0),
				new AnalyticsView.Row("Tue 3 Mar", 9, null, 0), new AnalyticsView.Row("Wed 4 Mar", 0, null, 0));

		assertThat(AnalyticsView.busiest("Calls per day", rows, "day"))
			.isEqualTo("Calls per day: 12 in all over 3 days; the most, 9, in Tue 3 Mar.");
		assertThat(AnalyticsView.busiest("Calls per day", List.of(), "day"))
			.isEqualTo("Calls per day: none in this period.");
	}

	@Test
	void theSuccessSummaryNamesTheLowestAndHighestDayWithConversations() {
		List<AnalyticsView.Row> rows = List.of(new AnalyticsView.Row("Mon", 3, 50.0, 0),
				new AnalyticsView.Row("Tue", 0, null, 0), new AnalyticsView.Row("Wed", 4, 75.0, 0));

		assertThat(AnalyticsView.success(rows)).isEqualTo(
				"Success rate per day, on 2 days with conversations: lowest 50.0 % on Mon, highest 75.0 % on Wed.");
	}

	@Test
	void aFigureIsWrittenWithItsPreviousValueAndSignedChange() {
		AnalyticsView.FigureRow up = AnalyticsView.FigureRow.of("Calls", new KpiBoard.Figure(12, 10, 20.0),
				String::valueOf);
		AnalyticsView.FigureRow unknown = AnalyticsView.FigureRow.of("Calls", new KpiBoard.Figure(3, 0, null),
				String::valueOf);

		assertThat(up).isEqualTo(new AnalyticsView.FigureRow("Calls", "12", "10", "+20.0 %"));
		assertThat(unknown.change()).isEqualTo("—");
	}

}
