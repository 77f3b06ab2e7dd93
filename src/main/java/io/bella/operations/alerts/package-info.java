/**
 * Alerts that reach a person: the alert record with its lifecycle (firing, acknowledged,
 * resolved), at most one unresolved alert per fingerprint across instances, silences and
 * inhibition, the {@link io.bella.operations.alerts.AlertRule} SPI and the once-a-minute
 * evaluation of the rules on one instance, and the {@code /api/unified/alerts} and
 * {@code /api/unified/silences} API.
 */
package io.bella.operations.alerts;
