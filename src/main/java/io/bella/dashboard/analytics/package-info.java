/**
 * The analytics page at {@code /analytics}: the business metrics of a chosen period
 * against the period of equal length before it, as Chart.js charts drawn from tables that
 * carry the same data, and a weekday-by-hour heat map, all read through the operations
 * module's {@code KpiBoard}.
 */
package io.bella.dashboard.analytics;
