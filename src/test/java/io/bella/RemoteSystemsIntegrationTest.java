package io.bella;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link BellaIntegrationTest} set up as Bella runs in production: every remote system it
 * calls configured (and faked, {@link FakeRemoteSystems}), so that texts go out,
 * voicemails are fetched and transcribed, callers are understood by the language model,
 * appointments reach the providers' Google calendars and alerts reach Slack and e-mail;
 * behind a trusted proxy (any local client); Twilio's callbacks answered within a tight
 * database budget. One cached context for all such test classes; the retries and the
 * reconciliation run only when a test asks for them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@BellaIntegrationTest
@TestPropertySource(properties = { "bella.twilio.account-sid=" + FakeRemoteSystems.TWILIO_ACCOUNT_SID,
		"bella.twilio.from-number=" + FakeRemoteSystems.TWILIO_FROM_NUMBER,
		"bella.whisper.api-key=" + FakeRemoteSystems.OPENAI_API_KEY, "bella.extraction.mode=llm",
		"bella.llm.api-key=" + FakeRemoteSystems.OPENAI_API_KEY, "bella.llm.timeout=3s",
		"bella.messages.retry-interval=1h", "bella.messages.retry-after=0s", "bella.messages.reconcile-interval=1h",
		"bella.proxy.trusted-proxies=127.0.0.1,::1", "bella.twilio.webhook-database-budget=500ms",
		"bella.operations.notifications.email.to=" + FakeRemoteSystems.ALERT_EMAIL,
		"bella.operations.notifications.email.from=bella@maple-dental.test",
		// calendar writes and checks run when a test asks (CalendarPush, OwnEventsCheck)
		"bella.google.push-interval=1h", "bella.google.reconcile-interval=1h" })
@Import(FakeRemoteSystems.BaseUrls.class)
public @interface RemoteSystemsIntegrationTest {

}
