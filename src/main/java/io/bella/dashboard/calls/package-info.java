/**
 * The Calls pages: the calls Bella took with their filters ({@code /calls}), and one call
 * with every turn, its cost lines and what it caused ({@code /calls/{sid}}), read through
 * voice's {@code CallRecords} and operations' {@code CostRecords}.
 */
package io.bella.dashboard.calls;
