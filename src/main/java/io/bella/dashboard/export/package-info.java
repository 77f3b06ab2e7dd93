/**
 * CSV exports of appointments, patients, calls and the cost ledger, streamed from the
 * owning modules' queries with the pages' own filters.
 */
package io.bella.dashboard.export;
