package io.bella.operations.alerts;

/**
 * A condition raised.
 *
 * @param alert the alert as it is now
 * @param created whether this raise started it (otherwise it added an occurrence)
 */
public record Raised(Alert alert, boolean created) {
}
