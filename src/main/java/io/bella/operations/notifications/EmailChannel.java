package io.bella.operations.notifications;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sends notices by e-mail through Spring Mail ({@code SMTP_HOST}, {@code SMTP_PORT},
 * {@code SMTP_USER}, {@code SMTP_PASSWORD}) to {@code ALERT_EMAIL}, behind the
 * {@code email} breaker. The sender is built here rather than as Boot's
 * {@code JavaMailSender} bean, whose health indicator would mark the whole service down
 * while the mail server is.
 */
@Component
class EmailChannel implements NotificationChannel {

	private static final int MAX_ERROR = 300;

	private final JavaMailSenderImpl mail;

	private final String[] to;

	private final String from;

	private final CircuitBreaker breaker;

	EmailChannel(NotificationProperties properties, CircuitBreakerRegistry breakers) {
		NotificationProperties.Email email = properties.email();
		this.to = StringUtils.hasText(email.to()) ? Arrays.stream(email.to().split(","))
			.map(String::strip)
			.filter(StringUtils::hasText)
			.toArray(String[]::new) : new String[0];
		this.mail = StringUtils.hasText(email.host()) ? sender(email) : null;
		this.from = StringUtils.hasText(email.from()) ? email.from()
				: (email.username() != null && email.username().contains("@")) ? email.username() : "bella@localhost";
		this.breaker = breakers.circuitBreaker(Channel.EMAIL.breaker());
	}

	private static JavaMailSenderImpl sender(NotificationProperties.Email email) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(email.host());
		sender.setPort(email.port());
		sender.setDefaultEncoding("UTF-8");
		Properties mail = sender.getJavaMailProperties();
		if (StringUtils.hasText(email.username())) {
			sender.setUsername(email.username());
			sender.setPassword(email.password());
			mail.put("mail.smtp.auth", "true");
		}
		// upgrades to TLS whenever the server offers it (port 587); port 465 speaks TLS
		// from the start
		mail.put("mail.smtp.starttls.enable", "true");
		mail.put("mail.smtp.ssl.enable", String.valueOf(email.port() == 465));
		String timeout = String.valueOf(email.timeout().toMillis());
		mail.put("mail.smtp.connectiontimeout", timeout);
		mail.put("mail.smtp.timeout", timeout);
		mail.put("mail.smtp.writetimeout", timeout);
		return sender;
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public Optional<String> off() {
		if (this.mail == null) {
			return Optional.of("set SMTP_HOST and ALERT_EMAIL");
		}
		return (this.to.length == 0) ? Optional.of("set ALERT_EMAIL") : Optional.empty();
	}

	@Override
	public List<String> recipients() {
		return Collections.singletonList(null);
	}

	@Override
	public void send(String recipient, AlertText text) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(this.to);
		message.setSubject(text.subject());
		message.setText(text.body());
		this.breaker.executeRunnable(() -> {
			try {
				this.mail.send(message);
			}
			catch (MailException ex) {
				String reason = String.valueOf(ex.getMostSpecificCause().getMessage()).strip();
				throw new NotificationFailedException("The mail server did not take the e-mail: "
						+ ((reason.length() > MAX_ERROR) ? reason.substring(0, MAX_ERROR) + "…" : reason));
			}
		});
	}

}
