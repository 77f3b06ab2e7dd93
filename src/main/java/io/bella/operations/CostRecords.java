package io.bella.operations;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The cost ledger's standing lines, read for staff: a call's, and a period's for export.
 */
public interface CostRecords {

	/** The lines of a call that stand, in the order they were incurred. */
	List<LedgerLine> ofCall(String callSid);

	/** How many standing lines were incurred in {@code [from, to)}. */
	long count(Instant from, Instant to);

	/**
	 * Hands every standing line incurred in {@code [from, to)} to the consumer as it is
	 * read, oldest first: the lines {@link #count} counts.
	 */
	void forEach(Instant from, Instant to, Consumer<LedgerLine> consumer);

}
