/**
 * What Bella keeps and for how long: the words of calls (what callers said and what Bella
 * answered) and voicemail transcripts are purged after {@code BELLA_RETENTION_DAYS},
 * while the calls, their outcomes, latencies and costs stay.
 */
package io.bella.operations.retention;
