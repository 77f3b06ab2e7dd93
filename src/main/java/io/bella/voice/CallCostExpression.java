package io.bella.voice;

/**
 * What a call cost, as an SQL expression that the calls' queries select and filter on:
 * given by the module that keeps the cost ledger, which alone knows its tables.
 */
public interface CallCostExpression {

	/**
	 * A scalar SQL expression with the call's cost in USD ({@code NULL} when it has none
	 * yet), reading the call's SID from the given column.
	 */
	String costOf(String callSidColumn);

}
