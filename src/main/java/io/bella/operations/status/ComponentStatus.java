package io.bella.operations.status;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * How one part of Bella, or one remote system it uses, is doing now.
 *
 * @param name what it is ({@code database}, {@code breaker:llm}, {@code budget})
 * @param status green, yellow or red
 * @param reason what an operator reads to know why, in one sentence
 */
public record ComponentStatus(String name, StatusLevel status, String reason) {

	public ComponentStatus {
		Assert.isTrue(StringUtils.hasText(name), "A component has a name");
		Assert.notNull(status, "A component has a status");
		Assert.isTrue(StringUtils.hasText(reason), "A component's status has a reason");
	}

	public static ComponentStatus green(String name, String reason) {
		return new ComponentStatus(name, StatusLevel.GREEN, reason);
	}

	public static ComponentStatus yellow(String name, String reason) {
		return new ComponentStatus(name, StatusLevel.YELLOW, reason);
	}

	public static ComponentStatus red(String name, String reason) {
		return new ComponentStatus(name, StatusLevel.RED, reason);
	}

}
