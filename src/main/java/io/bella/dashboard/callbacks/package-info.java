/**
 * The Callbacks page: voicemails waiting for a callback, marked done through messaging's
 * {@code Callbacks}.
 */
package io.bella.dashboard.callbacks;
