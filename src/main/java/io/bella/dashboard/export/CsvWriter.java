package io.bella.dashboard.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Writes CSV as RFC 4180 has it (fields with a comma, quote or line break in quotes,
 * quotes doubled, lines ended by CRLF), with times in ISO-8601 with the clinic's offset,
 * and every text that a spreadsheet would run as a formula (beginning with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) neutralised with a leading
 * single quote. Numbers are written as they are.
 */
class CsvWriter {

	private final Writer out;

	private final ZoneId zone;

	CsvWriter(Writer out, ZoneId zone) {
		this.out = out;
		this.zone = zone;
	}

	/** Writes one row of cells: texts, numbers, instants, booleans or {@code null}. */
	void row(Object... cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells[i]));
		}
		line.append("\r\n");
		try {
			this.out.write(line.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof Instant instant) {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(this.zone).toOffsetDateTime());
		}
		return quoted(neutralised(value.toString()));
	}

	static String neutralised(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	static String quoted(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
