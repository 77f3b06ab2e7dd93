package io.bella.system;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Turns a setting Bella cannot use (a slot grid that does not divide the day, an unknown
 * time zone, a duration that is not one) into one line naming the environment variable,
 * its value and what is wrong with it, instead of Boot's block about binding properties.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<BindException> {

	// application.yml maps each setting to its variable as ${VARIABLE:default}
	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");

	private static final Pattern PROPERTY = Pattern.compile("bella(\\.[a-z0-9-]+)+");

	private static final Pattern SECRET = Pattern.compile(".*(key|token|password|secret|url).*");

	private final Environment environment;

	InvalidSettingFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		Throwable reason = NestedExceptionUtils.getMostSpecificCause(cause);
		if (reason instanceof BindValidationException || reason.getMessage() == null) {
			return null;
		}
		String name = name(cause, reason.getMessage());
		Matcher placeholder = PLACEHOLDER.matcher(raw(name, cause.getProperty()));
		String problem = reason.getMessage().strip().replaceAll("\\.$", "");
		if (!placeholder.matches()) {
			return new FailureAnalysis("The setting " + name + " is not valid: " + problem + ".",
					"Correct it; every setting is described in docs/configuration.md.", cause);
		}
		String variable = placeholder.group(1);
		String value = this.environment.getProperty(variable, "");
		if (SECRET.matcher(variable.toLowerCase(Locale.ROOT)).matches()) {
			problem = value.isEmpty() ? problem : problem.replace(value, "(hidden)");
			value = "(hidden)";
		}
		String fallback = (placeholder.group(2) != null && !placeholder.group(2).isEmpty())
				? " or unset it for the default (" + placeholder.group(2) + ")" : "";
		return new FailureAnalysis(variable + "=" + value + " is not valid (" + name + "): " + problem + ".",
				"Correct " + variable + fallback + "; every setting is described in docs/configuration.md.", cause);
	}

	// the property that failed: the one bound, or the one a record's own check names
	private static String name(BindException cause, String reason) {
		if (cause.getProperty() != null) {
			return cause.getProperty().getName().toString();
		}
		Matcher mentioned = PROPERTY.matcher(reason);
		return mentioned.find() ? mentioned.group() : cause.getName().toString();
	}

	// the setting as written, before its placeholder was resolved
	private String raw(String name, ConfigurationProperty property) {
		if (property != null && property.getName().toString().equals(name) && property.getValue() != null) {
			return property.getValue().toString();
		}
		if (this.environment instanceof ConfigurableEnvironment configurable) {
			for (PropertySource<?> source : configurable.getPropertySources()) {
				Object value = source.getProperty(name);
				if (value != null) {
					return value.toString();
				}
			}
		}
		return "";
	}

}
