/**
 * Business metrics: calls, success, booking conversion, bookings by channel, moves and
 * cancellations, durations, trends, peak hours and peak concurrency with a scaling
 * recommendation, computed from the calls and booking changes kept in the database
 * ({@code /api/unified/business-metrics}).
 */
package io.bella.operations.kpi;
