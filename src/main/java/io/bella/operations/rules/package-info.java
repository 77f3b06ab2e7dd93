/**
 * Alert rules about Bella's own platform: the database not taking writes, and event
 * publications left incomplete (texts and transcriptions not done).
 */
package io.bella.operations.rules;
