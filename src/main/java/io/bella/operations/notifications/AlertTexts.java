package io.bella.operations.notifications;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.bella.operations.alerts.Alert;
import io.bella.operations.alerts.AlertNotifier.Notice;
import io.bella.operations.alerts.Resolution;

/**
 * Writes an alert's notice for each channel: Slack's markup, a plain e-mail with every
 * field an operator needs, an SMS that fits one segment.
 */
final class AlertTexts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	private static final int SMS_LENGTH = 160;

	private AlertTexts() {
	}

	static AlertText render(Channel channel, Alert alert, Notice notice, ZoneId zone) {
		String subject = "[Bella] " + headline(alert, notice);
		return switch (channel) {
			case SLACK -> new AlertText(subject, slack(alert, notice, zone));
			case EMAIL -> new AlertText(subject, email(alert, notice, zone));
			case SMS -> new AlertText(subject, sms(alert, notice));
		};
	}

	private static String headline(Alert alert, Notice notice) {
		String what = switch (notice) {
			case FIRING -> "FIRING";
			case REPEAT -> "STILL FIRING";
			case RESOLVED -> "RESOLVED";
		};
		return what + " " + alert.severity() + ": " + alert.summary();
	}

	private static String slack(Alert alert, Notice notice, ZoneId zone) {
		String icon = switch (notice) {
			case FIRING -> ":rotating_light:";
			case REPEAT -> ":repeat:";
			case RESOLVED -> ":white_check_mark:";
		};
		StringBuilder text = new StringBuilder(icon).append(" *").append(escape(headline(alert, notice))).append("*\n");
		if (notice == Notice.RESOLVED) {
			text.append(escape(resolution(alert))).append('\n');
		}
		else if (alert.details() != null) {
			text.append(escape(alert.details())).append('\n');
		}
		return text.append("component `")
			.append(escape(alert.component()))
			.append("` · alert ")
			.append(id(alert))
			.append(" · since ")
			.append(TIME.format(alert.startedAt().atZone(zone)))
			.toString();
	}

	private static String email(Alert alert, Notice notice, ZoneId zone) {
		StringBuilder text = new StringBuilder(headline(alert, notice)).append("\n\n");
		if (notice == Notice.RESOLVED) {
			text.append(resolution(alert)).append("\n\n");
		}
		text.append("Severity:    ").append(alert.severity()).append('\n');
		text.append("Component:   ").append(alert.component()).append('\n');
		text.append("Rule:        ").append(alert.fingerprint()).append('\n');
		text.append("Started:     ").append(TIME.format(alert.startedAt().atZone(zone))).append('\n');
		text.append("Occurrences: ").append(alert.occurrences()).append('\n');
		text.append("Alert:       ").append(id(alert)).append('\n');
		if (alert.details() != null) {
			text.append('\n').append(alert.details()).append('\n');
		}
		if (notice != Notice.RESOLVED && alert.id() > 0) {
			text.append("\nAcknowledge: POST /api/unified/alerts/")
				.append(alert.id())
				.append("/acknowledge\nRunbook: docs/operations.md#alert-rules\n");
		}
		return text.toString();
	}

	private static String sms(Alert alert, Notice notice) {
		String text = "Bella " + ((notice == Notice.RESOLVED) ? "RESOLVED " : "") + alert.severity() + ": "
				+ alert.summary() + " (alert " + id(alert) + ")";
		return (text.length() > SMS_LENGTH) ? text.substring(0, SMS_LENGTH - 1) + "…" : text;
	}

	private static String resolution(Alert alert) {
		String after = (alert.endedAt() != null)
				? " after " + duration(Duration.between(alert.startedAt(), alert.endedAt())) : "";
		if (alert.resolution() == Resolution.MANUAL) {
			String note = (alert.resolutionNote() != null) ? ": " + alert.resolutionNote() : "";
			return "Resolved by " + alert.resolvedBy() + after + note;
		}
		return "Resolved automatically" + after + ": the condition cleared.";
	}

	private static String duration(Duration duration) {
		long minutes = duration.toMinutes();
		if (minutes < 1) {
			return duration.toSeconds() + " s";
		}
		return (minutes < 120) ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
	}

	private static String id(Alert alert) {
		// an alert the database could not record yet has no id
		return (alert.id() > 0) ? String.valueOf(alert.id()) : "not yet recorded";
	}

	// Slack's markup reads these three as control characters
	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
