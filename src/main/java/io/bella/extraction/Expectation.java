package io.bella.extraction;

/**
 * What the dialogue just asked the caller, so that a bare answer ("Emily Roy", "two") is
 * read as the thing asked for.
 */
public enum Expectation {

	NAME, PHONE, DATE, TIME, CONFIRMATION

}
