/**
 * Alert rules about Bella's own platform: the database not taking writes, Redis not
 * answering, and event publications left incomplete (texts and transcriptions not done).
 */
package io.bella.operations.rules;
