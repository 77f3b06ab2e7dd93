package io.bella.system;

import java.net.URI;

/**
 * Stable {@code type} URIs of Bella's problem details, so that clients can branch on
 * them.
 */
public final class ProblemTypes {

	private static final String BASE = "https://bella.io/problems/";

	private ProblemTypes() {
	}

	public static URI of(String name) {
		return URI.create(BASE + name);
	}

}
