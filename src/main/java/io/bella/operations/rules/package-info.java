/**
 * Alert rules about Bella's own platform: the database not taking writes, Redis not
 * answering, event publications left incomplete (texts and transcriptions not done), and
 * texts Twilio could not deliver.
 */
package io.bella.operations.rules;
