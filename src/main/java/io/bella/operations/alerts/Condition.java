package io.bella.operations.alerts;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Something that holds now and needs a person: what a rule found, or what a person
 * raised. Its fingerprint, the rule and the labels, says which alert it is: a condition
 * whose fingerprint has an unresolved alert adds an occurrence to it, any other starts a
 * new alert. A rule that wants one alert per severity puts the severity in its labels.
 *
 * @param rule the rule's name, lower case with dashes ({@code breaker-open})
 * @param labels what tells this condition from the rule's others ({@code breaker=llm});
 * empty for a rule with one condition
 * @param severity how urgent
 * @param component the part of Bella or the remote system concerned ({@code llm},
 * {@code database}); a firing CRITICAL mutes the HIGH and MEDIUM alerts of its component
 * @param summary one line a person reads first, at most 500 characters
 * @param details what an operator needs to act, or {@code null}; at most 4000 characters
 */
public record Condition(String rule, Map<String, String> labels, Severity severity, String component, String summary,
		String details) {

	private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

	private static final int MAX_SUMMARY = 500;

	private static final int MAX_DETAILS = 4000;

	private static final int MAX_COMPONENT = 100;

	public Condition {
		Assert.isTrue(rule != null && RULE.matcher(rule).matches(), () -> "Not a rule name: " + rule);
		Assert.notNull(severity, "A condition has a severity");
		Assert.isTrue(StringUtils.hasText(component) && component.length() <= MAX_COMPONENT,
				"A condition names its component in 1 to 100 characters");
		Assert.isTrue(StringUtils.hasText(summary), "A condition has a summary");
		SortedMap<String, String> sorted = new TreeMap<>((labels != null) ? labels : Map.of());
		labels = Collections.unmodifiableSortedMap(sorted);
		summary = cut(summary.strip(), MAX_SUMMARY);
		details = (details != null) ? cut(details, MAX_DETAILS) : null;
	}

	/**
	 * The rule and the labels, sorted: {@code breaker-open{breaker=llm}}. Characters that
	 * would make two label sets read alike are escaped with a backslash.
	 */
	public String fingerprint() {
		return fingerprint(this.rule, this.labels);
	}

	static String fingerprint(String rule, Map<String, String> labels) {
		return rule + new TreeMap<>(labels).entrySet()
			.stream()
			.map((label) -> escape(label.getKey()) + "=" + escape(label.getValue()))
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static String escape(String text) {
		return (text != null) ? text.replaceAll("([\\\\,={}])", "\\\\$1") : "";
	}

	private static String cut(String text, int max) {
		return (text.length() > max) ? text.substring(0, max - 1) + "…" : text;
	}

}
