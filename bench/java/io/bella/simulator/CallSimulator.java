package io.bella.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Plays Twilio's part in a phone call against a running Bella: posts the webhooks Twilio
 * would post, signed with the auth token, and follows the TwiML it gets back
 * ({@code Say}, {@code Gather}, {@code Redirect}, {@code Dial}, {@code Record},
 * {@code Hangup}). A {@link Caller} answers for the person on the phone: a person at the
 * terminal, or a script.
 *
 * <pre>
 * bench/simulate-call.sh                                   # type what the caller says
 * bench/simulate-call.sh --script "I need a cleaning next Tuesday at 10" "yes"
 * </pre>
 *
 * The command line is {@link SimulateCall}; this class needs nothing but the JDK, so that
 * the script runs it from the compiled test classes alone.
 */
public final class CallSimulator {

	private static final int MAX_STEPS = 60;

	private final URI baseUrl;

	private final Supplier<URI> instances;

	private final String authToken;

	private final HttpClient http;

	private final PrintStream out;

	private String dialCallStatus = "completed";

	private boolean leavesMessage;

	private int retries;

	/**
	 * @param baseUrl where Bella listens, e.g. {@code http://localhost:8000}
	 * @param authToken the Twilio auth token Bella checks signatures with
	 * @param out where the conversation is printed, or {@code null} for silence
	 */
	public CallSimulator(URI baseUrl, String authToken, PrintStream out) {
		this(baseUrl, null, authToken, out);
	}

	/**
	 * A simulator in front of several instances behind a load balancer: every webhook is
	 * signed for the public URL, as Twilio signs the URL it was given, and sent to the
	 * instance the balancer picks for it.
	 * @param publicUrl the URL Twilio was given ({@code BELLA_PUBLIC_URL} of every
	 * instance), without a path
	 * @param instances picks the instance for each webhook, e.g. round robin; {@code null}
	 * sends every webhook to the public URL itself
	 * @param authToken the Twilio auth token Bella checks signatures with
	 * @param out where the conversation is printed, or {@code null} for silence
	 */
	public CallSimulator(URI publicUrl, Supplier<URI> instances, String authToken, PrintStream out) {
		this.baseUrl = publicUrl;
		this.instances = instances;
		this.authToken = authToken;
		this.out = out;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * How a transfer goes, as Twilio reports it to the {@code <Dial>} action
	 * ({@code completed}, {@code no-answer}, {@code busy}).
	 */
	public CallSimulator dialCallStatus(String status) {
		this.dialCallStatus = status;
		return this;
	}

	/**
	 * Whether the caller, asked to leave a message, leaves a {@link SampleVoicemail}
	 * rather than hanging up at the beep.
	 */
	public CallSimulator leavesMessage(boolean leavesMessage) {
		this.leavesMessage = leavesMessage;
		return this;
	}

	/**
	 * How often a webhook that reached no instance (refused, reset, timed out) is sent
	 * again, each time to the instance the balancer picks then: Twilio retries a failed
	 * webhook, and a load balancer sends the retry to a healthy instance.
	 */
	public CallSimulator retryUnreachable(int retries) {
		this.retries = retries;
		return this;
	}

	/**
	 * Places a call with a fresh call SID and carries it to its end.
	 */
	public Transcript call(String from, String to, Caller caller) {
		return call(newCallSid(), from, to, caller);
	}

	public Transcript call(String callSid, String from, String to, Caller caller) {
		long started = System.nanoTime();
		Map<String, String> callParameters = new LinkedHashMap<>();
		callParameters.put("CallSid", callSid);
		callParameters.put("AccountSid", "AC" + "0".repeat(32));
		callParameters.put("From", from);
		callParameters.put("To", to);
		callParameters.put("Caller", from);
		callParameters.put("Called", to);
		callParameters.put("Direction", "inbound");
		callParameters.put("ApiVersion", "2010-04-01");
		Transcript transcript = new Transcript(callSid);
		Map<String, String> parameters = new LinkedHashMap<>(callParameters);
		parameters.put("CallStatus", "ringing");
		Step step = post("/twilio/voice", parameters, transcript);
		StringBuilder said = new StringBuilder();
		int steps = 0;
		while (step != null && steps++ < MAX_STEPS) {
			step = follow(step.twiml(), callParameters, caller, said, transcript);
		}
		Map<String, String> status = new LinkedHashMap<>(callParameters);
		status.put("CallStatus", "completed");
		status.put("CallDuration", String.valueOf(Math.max(1, Duration.ofNanos(System.nanoTime() - started).toSeconds())));
		Response response = send("/twilio/status", status);
		transcript.statusCode = response.status();
		return transcript;
	}

	/**
	 * Follows one TwiML document; returns the next document to follow, or {@code null}
	 * when the call ended.
	 */
	private Step follow(Document twiml, Map<String, String> callParameters, Caller caller, StringBuilder said,
			Transcript transcript) {
		for (Element verb : children(twiml.getDocumentElement())) {
			switch (verb.getTagName()) {
				case "Say" -> say(verb.getTextContent(), said, transcript);
				case "Pause" -> {
				}
				case "Gather" -> {
					for (Element nested : children(verb)) {
						if (nested.getTagName().equals("Say")) {
							say(nested.getTextContent(), said, transcript);
						}
					}
					transcript.gathers++;
					String answer = caller.answer(said.toString().trim());
					said.setLength(0);
					if (answer == null) {
						print("  (caller hangs up)");
						transcript.end = End.CALLER_HUNG_UP;
						return null;
					}
					transcript.heard.add(answer);
					Map<String, String> parameters = new LinkedHashMap<>(callParameters);
					parameters.put("CallStatus", "in-progress");
					if (!answer.isBlank()) {
						if (caller.echo()) {
							print("Caller: " + answer);
						}
						parameters.put("SpeechResult", answer);
						parameters.put("Confidence", "0.92");
					}
					else {
						if (caller.echo()) {
							print("  (silence)");
						}
						if (!"true".equals(verb.getAttribute("actionOnEmptyResult"))) {
							// Twilio falls through to the next verb when nothing was said
							continue;
						}
					}
					return post(verb.getAttribute("action"), parameters, transcript);
				}
				case "Redirect" -> {
					Map<String, String> parameters = new LinkedHashMap<>(callParameters);
					parameters.put("CallStatus", "in-progress");
					return post(verb.getTextContent().trim(), parameters, transcript);
				}
				case "Dial" -> {
					String number = verb.getElementsByTagName("Number").getLength() > 0
							? verb.getElementsByTagName("Number").item(0).getTextContent().trim()
							: verb.getTextContent().trim();
					print("  (transferring to " + number + ": " + this.dialCallStatus + ")");
					transcript.dialed = number;
					transcript.end = End.TRANSFERRED;
					if (verb.hasAttribute("action")) {
						Map<String, String> parameters = new LinkedHashMap<>(callParameters);
						parameters.put("CallStatus", "in-progress");
						parameters.put("DialCallStatus", this.dialCallStatus);
						return post(verb.getAttribute("action"), parameters, transcript);
					}
				}
				case "Record" -> {
					transcript.end = End.MESSAGE;
					transcript.recordingAction = verb.getAttribute("action");
					if (!this.leavesMessage) {
						print("  (beep: the caller could leave a message here; --voicemail leaves a sample one)");
						return null;
					}
					return leaveMessage(verb, callParameters, transcript);
				}
				case "Hangup" -> {
					print("  (Bella hangs up)");
					if (transcript.end == null) {
						transcript.end = End.HUNG_UP;
					}
					return null;
				}
				default -> print("  (ignoring <" + verb.getTagName() + ">)");
			}
		}
		if (transcript.end == null) {
			transcript.end = End.HUNG_UP;
		}
		return null;
	}

	/**
	 * Does what Twilio does once a caller has left a message: reports the finished
	 * recording to the status callback and posts the record action, whose TwiML (the
	 * goodbye) the call then follows.
	 */
	private Step leaveMessage(Element record, Map<String, String> callParameters, Transcript transcript) {
		SampleVoicemail message = SampleVoicemail.of(callParameters.get("AccountSid"));
		print("  (beep: the caller leaves a " + message.durationSec() + "-second message, recording "
				+ message.recordingSid() + ")");
		if (record.hasAttribute("recordingStatusCallback")) {
			String callback = record.getAttribute("recordingStatusCallback");
			Response response = send(callback, message.statusCallback(callParameters));
			if (response.status() / 100 != 2) {
				throw new WebhookRejectedException(this.baseUrl.resolve(callback), response.status(), response.body());
			}
		}
		Map<String, String> parameters = new LinkedHashMap<>(callParameters);
		parameters.put("CallStatus", "in-progress");
		parameters.putAll(message.recordAction());
		return post(record.getAttribute("action"), parameters, transcript);
	}

	private void say(String text, StringBuilder said, Transcript transcript) {
		String speech = text.trim();
		print("Bella:  " + speech);
		transcript.said.add(speech);
		said.append(' ').append(speech);
	}

	private Step post(String target, Map<String, String> parameters, Transcript transcript) {
		long started = System.nanoTime();
		Response response = send(target, parameters);
		transcript.latenciesNanos.add(System.nanoTime() - started);
		transcript.statusCodes.add(response.status());
		if (response.status() != 200) {
			throw new WebhookRejectedException(this.baseUrl.resolve(target), response.status(), response.body());
		}
		transcript.documents.add(response.body());
		return new Step(parse(response.body()));
	}

	/**
	 * Posts one signed webhook, as Twilio does.
	 */
	public Response send(String target, Map<String, String> parameters) {
		return send(target, parameters, null);
	}

	/**
	 * Posts a webhook with the given signature; {@code null} signs it properly.
	 */
	public Response send(String target, Map<String, String> parameters, String signature) {
		URI uri = this.baseUrl.resolve(target);
		String body = parameters.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		String signed = (signature != null) ? signature : sign(this.authToken, uri.toString(), parameters);
		for (int attempt = 0;; attempt++) {
			URI instance = (this.instances != null) ? this.instances.get()
				.resolve(uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")) : uri;
			HttpRequest request = HttpRequest.newBuilder(instance)
				.timeout(Duration.ofSeconds(15))
				.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
				.header("X-Twilio-Signature", signed)
				.header("User-Agent", "TwilioProxy/1.1 (Bella call simulator)")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			try {
				HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
				return new Response(response.statusCode(), response.body());
			}
			catch (IOException ex) {
				if (attempt >= this.retries) {
					throw new BellaUnreachableException(instance, ex);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

	/**
	 * Twilio's request signature: the Base64 HMAC-SHA1, keyed with the auth token, of the
	 * full URL followed by each POST parameter's name and value, sorted by name.
	 */
	public static String sign(String authToken, String url, Map<String, String> parameters) {
		StringBuilder data = new StringBuilder(url);
		new TreeMap<>(parameters).forEach((name, value) -> data.append(name).append(value));
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String newCallSid() {
		return "CA" + UUID.randomUUID().toString().replace("-", "");
	}

	static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			DocumentBuilder builder = factory.newDocumentBuilder();
			Document document = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
			if (!"Response".equals(document.getDocumentElement().getTagName())) {
				throw new IllegalStateException("Not TwiML: " + xml);
			}
			return document;
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalStateException("Not valid TwiML: " + xml, ex);
		}
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = element.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
				children.add((Element) nodes.item(i));
			}
		}
		return children;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private void print(String line) {
		if (this.out != null) {
			this.out.println(line);
		}
	}

	private record Step(Document twiml) {
	}

	/**
	 * An HTTP answer from Bella.
	 */
	public record Response(int status, String body) {
	}

	/**
	 * How a simulated call ended.
	 */
	public enum End {

		/** Bella hung up (or the TwiML ran out). */
		HUNG_UP,
		/** Bella transferred the call to a person. */
		TRANSFERRED,
		/** Bella asked the caller to leave a message. */
		MESSAGE,
		/** The caller hung up. */
		CALLER_HUNG_UP

	}

	/**
	 * What happened in a simulated call.
	 */
	public static final class Transcript {

		private final String callSid;

		private final List<String> said = new ArrayList<>();

		private final List<String> heard = new ArrayList<>();

		private final List<String> documents = new ArrayList<>();

		private final List<Integer> statusCodes = new ArrayList<>();

		private final List<Long> latenciesNanos = new ArrayList<>();

		private int gathers;

		private End end;

		private String dialed;

		private String recordingAction;

		private int statusCode;

		Transcript(String callSid) {
			this.callSid = callSid;
		}

		public String callSid() {
			return this.callSid;
		}

		/** Everything Bella said, in order. */
		public List<String> said() {
			return this.said;
		}

		/** Everything the caller said (empty strings for silence). */
		public List<String> heard() {
			return this.heard;
		}

		/** The TwiML documents Bella answered with, in order. */
		public List<String> documents() {
			return this.documents;
		}

		/** The client-side round trip of each webhook. */
		public List<Long> latenciesNanos() {
			return this.latenciesNanos;
		}

		public int turns() {
			return this.documents.size();
		}

		public End end() {
			return this.end;
		}

		public String dialed() {
			return this.dialed;
		}

		public String recordingAction() {
			return this.recordingAction;
		}

		public int statusCode() {
			return this.statusCode;
		}

		/** Bella's last words. */
		public String lastSaid() {
			return this.said.isEmpty() ? "" : this.said.get(this.said.size() - 1);
		}

		public String allSaid() {
			return String.join(" ", this.said);
		}

	}

}
