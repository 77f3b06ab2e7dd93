package io.bella.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the records of a downloaded CSV file as RFC 4180 reads it: line breaks inside
 * quotes do not end a record.
 */
final class CsvRecords {

	private CsvRecords() {
	}

	/** The records after the header line. */
	static int rows(Path file) {
		try {
			return rows(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int rows(String csv) {
		int records = 0;
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == '\n' && !quoted) {
				records++;
			}
		}
		return records - 1;
	}

}
