package io.bella.booking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.bella.booking.Appointments.Busy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored busy times of providers' own calendars and the window each provider's last
 * import covered.
 */
@Repository
class BusyBlocks {

	private final JdbcClient jdbc;

	BusyBlocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The providers' last imports and their blocks that touch [from, to), in one query:
	 * the availability search asks once per search, not per slot.
	 */
	Read read(Set<Long> providerIds, Instant from, Instant to) {
		// one provider: its index; several: filtered here, as Appointments.busy does
		boolean one = providerIds.size() == 1;
		String which = one ? "provider_id = :provider" : "1 = 1";
		Map<Long, BusyCoverage> imports = new HashMap<>();
		List<Busy> blocks = new ArrayList<>();
		this.jdbc.sql("""
				SELECT 'import' AS kind, provider_id, covers_from AS span_from, covers_to AS span_to, imported_at
				FROM provider_busy_import WHERE %1$s
				UNION ALL
				SELECT 'busy' AS kind, provider_id, starts_at, ends_at, NULL
				FROM provider_busy WHERE %1$s AND starts_at < :to AND ends_at > :from
				""".formatted(which))
			.param("provider", providerIds.iterator().next())
			.param("from", Appointments.utc(from))
			.param("to", Appointments.utc(to))
			.query((rs) -> {
				long providerId = rs.getLong("provider_id");
				if (!providerIds.contains(providerId)) {
					return;
				}
				Instant spanFrom = Appointments.instant(rs.getObject("span_from", OffsetDateTime.class));
				Instant spanTo = Appointments.instant(rs.getObject("span_to", OffsetDateTime.class));
				if ("import".equals(rs.getString("kind"))) {
					imports.put(providerId, new BusyCoverage(providerId,
							Appointments.instant(rs.getObject("imported_at", OffsetDateTime.class)), spanFrom, spanTo));
				}
				else {
					blocks.add(new Busy(providerId, spanFrom, spanTo));
				}
			});
		return new Read(imports, blocks);
	}

	Optional<BusyCoverage> lastImport(long providerId) {
		return this.jdbc
			.sql("SELECT imported_at, covers_from, covers_to FROM provider_busy_import WHERE provider_id = ?")
			.param(providerId)
			.query((rs, row) -> new BusyCoverage(providerId,
					Appointments.instant(rs.getObject("imported_at", OffsetDateTime.class)),
					Appointments.instant(rs.getObject("covers_from", OffsetDateTime.class)),
					Appointments.instant(rs.getObject("covers_to", OffsetDateTime.class))))
			.optional();
	}

	/**
	 * Replaces what the provider's calendar was known to hold in the covered window (and
	 * before it, which no search reads any more) and records the import.
	 */
	void replace(BusyCoverage coverage, List<BusyBlock> busy) {
		long providerId = coverage.providerId();
		this.jdbc.sql("DELETE FROM provider_busy WHERE provider_id = ? AND starts_at < ?")
			.params(providerId, Appointments.utc(coverage.coversTo()))
			.update();
		for (BusyBlock block : busy) {
			this.jdbc.sql("INSERT INTO provider_busy (provider_id, starts_at, ends_at) VALUES (?, ?, ?)")
				.params(providerId, Appointments.utc(block.startsAt()), Appointments.utc(block.endsAt()))
				.update();
		}
		int updated = this.jdbc.sql(
				"UPDATE provider_busy_import SET imported_at = ?, covers_from = ?, covers_to = ? WHERE provider_id = ?")
			.params(Appointments.utc(coverage.importedAt()), Appointments.utc(coverage.coversFrom()),
					Appointments.utc(coverage.coversTo()), providerId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO provider_busy_import (provider_id, imported_at, covers_from, covers_to)
					VALUES (?, ?, ?, ?)""")
				.params(providerId, Appointments.utc(coverage.importedAt()), Appointments.utc(coverage.coversFrom()),
						Appointments.utc(coverage.coversTo()))
				.update();
		}
	}

	/**
	 * Drops the provider's busy times and import, so that the calendar linked next is
	 * trusted only once it is read.
	 */
	void forget(long providerId) {
		this.jdbc.sql("DELETE FROM provider_busy WHERE provider_id = ?").param(providerId).update();
		this.jdbc.sql("DELETE FROM provider_busy_import WHERE provider_id = ?").param(providerId).update();
	}

	/**
	 * What one read found.
	 *
	 * @param imports the last import of each provider that has one
	 * @param blocks the busy blocks touching the window, in no particular order
	 */
	record Read(Map<Long, BusyCoverage> imports, List<Busy> blocks) {
	}

}
