package io.bella.voice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bella.BellaIntegrationTest;
import io.bella.simulator.CallSimulator;
import io.bella.system.InstanceId;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log lines of a call's webhooks, written as in production with
 * {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}: each carries the call SID, the request's
 * correlation id and this instance's id, on the request thread and on the thread that
 * runs the turn, and none holds the caller's full number.
 */
@BellaIntegrationTest
class WebhookLogLinesIntegrationTests {

	static final String CALLER = "+14165550187";

	static final String CALLER_DIGITS = "4165550187";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@Autowired
	InstanceId instance;

	HttpClient http = HttpClient.newHttpClient();

	@Test
	void everyLineOfAWebhookCarriesTheCallSidTheRequestIdAndTheInstanceAndNoFullNumber() throws Exception {
		String callSid = CallSimulator.newCallSid();
		String requestId = "log-test-" + UUID.randomUUID();
		LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
		ListAppender<ILoggingEvent> captured = new ListAppender<>();
		captured.setContext(logback);
		captured.start();
		Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.addAppender(captured);
		try {
			assertThat(post("/twilio/voice", call(callSid), requestId)).isEqualTo(200);
			Map<String, String> turn = call(callSid);
			turn.put("SpeechResult", "I'd like a cleaning tomorrow at 2 pm, my number is 416 555 0187");
			turn.put("Confidence", "0.9");
			assertThat(post("/twilio/gather?turn=1", turn, requestId)).isEqualTo(200);
		}
		finally {
			root.detachAppender(captured);
		}
		List<ILoggingEvent> events = new ArrayList<>(captured.list);

		List<ILoggingEvent> webhook = events.stream()
			.filter((event) -> requestId.equals(event.getMDCPropertyMap().get("request_id")))
			.toList();
		assertThat(webhook).isNotEmpty();
		StructuredLogEncoder ecs = ecsEncoder();
		for (ILoggingEvent event : webhook) {
			String line = new String(ecs.encode(event), StandardCharsets.UTF_8);
			JsonNode json = JSON.readTree(line);
			assertThat(json.get("call_sid").asString()).as(line).isEqualTo(callSid);
			assertThat(json.get("request_id").asString()).as(line).isEqualTo(requestId);
			assertThat(json.get("instance_id").asString()).as(line).isEqualTo(this.instance.value());
			assertThat(json.get("service").get("node").get("name").asString()).as(line)
				.isEqualTo(this.instance.value());
		}
		assertThat(webhook).extracting(ILoggingEvent::getFormattedMessage)
			.anyMatch((line) -> line.contains("+1********87"));
		assertThat(events).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch((line) -> line.replaceAll("[^0-9]", "").contains(CALLER_DIGITS));
	}

	private StructuredLogEncoder ecsEncoder() {
		// a logger context of its own holding the test context's environment, as Boot's
		// logging system sets it up when it starts with the ECS format
		LoggerContext context = new LoggerContext();
		context.putObject(Environment.class.getName(), this.environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setFormat("ecs");
		encoder.setContext(context);
		encoder.start();
		return encoder;
	}

	private int post(String path, Map<String, String> parameters, String requestId) throws Exception {
		String url = "http://localhost:" + this.port + path;
		Map<String, String> signed = new LinkedHashMap<>(parameters);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature",
					TwilioWebhookSigner.signature(BellaIntegrationTest.TWILIO_AUTH_TOKEN, url, signed))
			.header("X-Request-Id", requestId)
			.POST(HttpRequest.BodyPublishers.ofString(TwilioWebhookSigner.form(signed)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	private static Map<String, String> call(String callSid) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("CallSid", callSid);
		parameters.put("AccountSid", "AC" + "0".repeat(32));
		parameters.put("From", CALLER);
		parameters.put("To", "+14165550100");
		return parameters;
	}

}
