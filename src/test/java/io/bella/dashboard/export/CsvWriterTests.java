package io.bella.dashboard.export;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@Test
	void formulasAreNeutralisedWithAQuote() {
		assertThat(write("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b"))
			.isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",a=b\r\n");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
		assertThat(write("a,b", "say \"hi\"", "two\nlines", "plain", ""))
			.isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain,\r\n");
	}

	@Test
	void timesHaveTheClinicsOffset() {
		assertThat(write(Instant.parse("2026-03-02T14:00:00Z"), Instant.parse("2026-03-09T14:00:00Z")))
			.isEqualTo("2026-03-02T09:00:00-05:00,2026-03-09T10:00:00-04:00\r\n");
	}

	@Test
	void numbersBooleansAndNullsAreWrittenAsTheyAre() {
		assertThat(write(new BigDecimal("-0.50"), 42, -3L, true, null)).isEqualTo("-0.50,42,-3,true,\r\n");
	}

	@Test
	void hostileMarkupIsKeptAsText() {
		assertThat(write("<img src=x onerror=alert(1)>", "</script>"))
			.isEqualTo("<img src=x onerror=alert(1)>,</script>\r\n");
	}

	private static String write(Object... cells) {
		StringWriter out = new StringWriter();
		new CsvWriter(out, TORONTO).row(cells);
		return out.toString();
	}

}
