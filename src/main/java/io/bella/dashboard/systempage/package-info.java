/**
 * The system page at {@code /system}: the SLOs with their error budgets and burn rates,
 * the month's cost against the budget with its forecast and recommendations, this
 * instance and its version, the database's and Redis's health, and the backlog of event
 * publications, all read through the operations module's public boards.
 */
package io.bella.dashboard.systempage;
