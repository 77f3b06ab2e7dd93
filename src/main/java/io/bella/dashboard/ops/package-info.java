/**
 * The operations page at {@code /operations}: Bella's status at a glance, the unresolved
 * alerts with acknowledge, resolve and silence, the circuit breakers and the calls going
 * on now, refreshed by htmx polling, all read and done through the operations module's
 * public boards.
 */
package io.bella.dashboard.ops;
