/**
 * Bella at a glance: {@code /api/unified/status}, green, yellow or red for the database,
 * Redis, each circuit breaker, the budget, the firing alerts and whatever else declares a
 * {@link io.bella.operations.status.StatusContributor}, answered within the health budget
 * even when the database is down.
 */
package io.bella.operations.status;
