/**
 * What several instances of Bella share to act as one: this instance's id, and claims in
 * the database that let exactly one instance run a periodic job at a time.
 */
package io.bella.operations.cluster;
