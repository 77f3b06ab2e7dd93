package io.bella.messaging;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Supplier;

import io.bella.system.RemoteApiRequestFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriUtils;

/**
 * The calls Bella makes to Twilio's REST API (version 2010-04-01, HTTP Basic with the
 * account SID and auth token): create a text, list texts and recordings, fetch a text or
 * a call, and download a recording. Spring's {@link RestClient} with typed records
 * instead of the Twilio SDK, whose 13 MB with what it brings outweighed these calls; see
 * {@code docs/architecture.md}, "Twilio client".
 * <p>
 * A create is made once, whatever the answer: Twilio may have created the message before
 * it failed to answer, and has no idempotency key for message creation, so a repeated
 * create may text a patient twice ({@link ClaimedTexts} looks a failed one up before it
 * is sent again). A read that Twilio answers with a 5xx is made up to three times, 100 ms
 * apart, as the SDK did. Redirects are not followed, so the credentials never go
 * elsewhere. Failures are {@link TwilioException}s.
 */
public final class TwilioClient {

	/** Twilio's own API, where requests go unless another base URL is configured. */
	public static final String TWILIO_API = "https://api.twilio.com";

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	// the filters of Twilio's lists, in UTC to the second, as the SDK wrote them
	private static final DateTimeFormatter FILTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	// the charset named, as the SDK named it
	private static final MediaType FORM = new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8);

	private static final int MAX_PAGE_SIZE = 100;

	private static final int READ_ATTEMPTS = 3;

	private static final Duration READ_PAUSE = Duration.ofMillis(100);

	private final String baseUrl;

	private final String accountSid;

	private final RestClient rest;

	TwilioClient(String baseUrl, String accountSid, String authToken, Duration connectTimeout, Duration readTimeout) {
		this.baseUrl = StringUtils.trimTrailingCharacter(baseUrl.strip(), '/');
		this.accountSid = accountSid;
		this.rest = RestClient.builder()
			// redirects are not followed: the credentials go to the base URL only
			.requestFactory(new RemoteApiRequestFactory(this.baseUrl, connectTimeout, readTimeout))
			// a length rather than chunks, as the SDK sent its forms
			.bufferContent((uri, method) -> true)
			.configureMessageConverters((converters) -> converters.registerDefaults()
				.withJsonConverter(new JacksonJsonHttpMessageConverter(JSON)))
			.defaultHeaders((headers) -> headers.setBasicAuth(accountSid, authToken, StandardCharsets.UTF_8))
			.build();
	}

	/**
	 * The account the client calls Twilio for.
	 * @return its SID ({@code AC…})
	 */
	public String accountSid() {
		return this.accountSid;
	}

	/**
	 * Creates a message ({@code POST /Messages.json}): Twilio queues it for sending. Made
	 * once, even when Twilio answers with a 5xx.
	 * @param message who to text, from which number, what, and where Twilio reports its
	 * status
	 * @return the message Twilio created
	 */
	public Message createMessage(OutgoingMessage message) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("To", message.to());
		form.add("From", message.from());
		form.add("Body", message.body());
		if (message.statusCallback() != null) {
			form.add("StatusCallback", message.statusCallback().toString());
		}
		String call = "POST Messages.json";
		return exchange(call,
				() -> retrieve(call,
						this.rest.post()
							.uri(uri("Messages.json", Map.of()))
							.contentType(FORM)
							.accept(MediaType.APPLICATION_JSON)
							.body(form))
					.body(Message.class));
	}

	/**
	 * The messages sent from one number to another since a time, newest first
	 * ({@code GET /Messages.json}).
	 * @param to the recipient, E.164
	 * @param from the sender, E.164
	 * @param sentAfter no earlier than this (to the second)
	 * @param limit at most this many
	 * @return the messages
	 */
	public List<Message> messages(String to, String from, Instant sentAfter, int limit) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("PageSize", String.valueOf(Math.min(limit, MAX_PAGE_SIZE)));
		query.put("DateSent>", FILTER_TIME.format(sentAfter));
		query.put("To", to);
		query.put("From", from);
		return list(uri("Messages.json", query), MessagePage.class, MessagePage::messages, MessagePage::nextPageUri,
				limit);
	}

	/**
	 * One message ({@code GET /Messages/{sid}.json}): its price once Twilio has charged
	 * it.
	 * @param sid the message ({@code SM…} or {@code MM…})
	 * @return the message
	 */
	public Message message(String sid) {
		return fetch("Messages/" + segment(sid) + ".json", Message.class);
	}

	/**
	 * One call ({@code GET /Calls/{sid}.json}): who placed it, how long it took and its
	 * price once Twilio has charged it.
	 * @param sid the call ({@code CA…})
	 * @return the call
	 */
	public Call call(String sid) {
		return fetch("Calls/" + segment(sid) + ".json", Call.class);
	}

	/**
	 * The account's recordings created since a time, newest first
	 * ({@code GET /Recordings.json}), following Twilio's pages.
	 * @param createdAfter no earlier than this (to the second)
	 * @param limit at most this many, of any source and status
	 * @return the recordings
	 */
	public List<Recording> recordings(Instant createdAfter, int limit) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("PageSize", String.valueOf(Math.min(limit, MAX_PAGE_SIZE)));
		query.put("DateCreated>", FILTER_TIME.format(createdAfter));
		return list(uri("Recordings.json", query), RecordingPage.class, RecordingPage::recordings,
				RecordingPage::nextPageUri, limit);
	}

	/**
	 * A recording's audio as WAV ({@code GET /Recordings/{sid}.wav}).
	 * @param recordingSid the recording ({@code RE…})
	 * @return the audio
	 */
	public byte[] recordingWav(String recordingSid) {
		String call = "GET Recordings/{sid}.wav";
		return read(() -> exchange(call, () -> {
			ResponseEntity<byte[]> audio = retrieve(call,
					this.rest.get()
						.uri(uri("Recordings/" + segment(recordingSid) + ".wav", Map.of()))
						.accept(MediaType.ALL))
				.toEntity(byte[].class);
			if (audio.getStatusCode().value() != 200 || audio.getBody() == null) {
				throw new TwilioException(call + " answered HTTP " + audio.getStatusCode().value() + " without audio");
			}
			return audio.getBody();
		}));
	}

	private <T> T fetch(String resource, Class<T> type) {
		String call = "GET " + resource.replaceFirst("/[^/]+\\.json$", "/{sid}.json");
		return read(() -> exchange(call,
				() -> retrieve(call, this.rest.get().uri(uri(resource, Map.of())).accept(MediaType.APPLICATION_JSON))
					.body(type)));
	}

	private <P, T> List<T> list(URI first, Class<P> pageType, Function<P, List<T>> items,
			Function<P, String> nextPageUri, int limit) {
		String call = "GET " + first.getPath().substring(first.getPath().lastIndexOf('/') + 1);
		List<T> listed = new ArrayList<>();
		URI next = first;
		while (next != null && listed.size() < limit) {
			URI page = next;
			P answer = read(() -> exchange(call,
					() -> retrieve(call, this.rest.get().uri(page).accept(MediaType.APPLICATION_JSON)).body(pageType)));
			List<T> found = (answer != null && items.apply(answer) != null) ? items.apply(answer) : List.of();
			listed.addAll(found.subList(0, Math.min(found.size(), limit - listed.size())));
			String uri = (answer != null) ? nextPageUri.apply(answer) : null;
			// Twilio's next page is a path with its query, already encoded
			next = (!found.isEmpty() && uri != null && uri.startsWith("/")) ? URI.create(this.baseUrl + uri) : null;
		}
		return listed;
	}

	private RestClient.ResponseSpec retrieve(String call, RestClient.RequestHeadersSpec<?> request) {
		return request.retrieve().onStatus((status) -> !status.is2xxSuccessful(), (req, response) -> {
			throw new TwilioApiException(call, response.getStatusCode().value(), code(response));
		});
	}

	// the URL of a failed request carries numbers (a list's To), so neither the
	// exception of Spring's client nor its message is kept; the I/O error's own is
	private static <T> T exchange(String call, Supplier<T> exchange) {
		try {
			return exchange.get();
		}
		catch (ResourceAccessException ex) {
			throw new TwilioConnectionException(call, ex.getCause());
		}
		catch (RestClientException ex) {
			throw new TwilioException(call + ": the answer could not be read (" + ex.getClass().getSimpleName() + ")");
		}
	}

	// as the SDK did, a read Twilio failed (5xx) is made again; a create never is
	private static <T> T read(Supplier<T> request) {
		for (int attempt = 1;; attempt++) {
			try {
				return request.get();
			}
			catch (TwilioApiException ex) {
				if (ex.status() < 500 || attempt == READ_ATTEMPTS) {
					throw ex;
				}
				pause(ex);
			}
		}
	}

	private static void pause(TwilioApiException failed) {
		try {
			Thread.sleep(READ_PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failed;
		}
	}

	private static Integer code(ClientHttpResponse response) {
		try {
			ErrorBody error = JSON.readValue(response.getBody().readNBytes(16 * 1024), ErrorBody.class);
			return (error != null) ? error.code() : null;
		}
		catch (IOException | RuntimeException ex) {
			// not Twilio's error document: the status says what there is to say
			return null;
		}
	}

	private URI uri(String resource, Map<String, String> query) {
		StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
		query.forEach((name, value) -> parameters.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return URI
			.create(this.baseUrl + "/2010-04-01/Accounts/" + segment(this.accountSid) + "/" + resource + parameters);
	}

	private static String segment(String value) {
		return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
	}

	/**
	 * A text to create.
	 *
	 * @param to the recipient, E.164
	 * @param from the sender: the clinic's number, E.164
	 * @param body the text
	 * @param statusCallback where Twilio reports what becomes of it; {@code null} for
	 * nowhere
	 */
	public record OutgoingMessage(String to, String from, String body, URI statusCallback) {
	}

	/**
	 * A message as Twilio keeps it; fields Bella does not read are left out.
	 *
	 * @param sid its SID ({@code SM…})
	 * @param to the recipient
	 * @param from the sender
	 * @param body the text
	 * @param status {@code queued}, {@code sent}, {@code delivered}, …
	 * @param numSegments how many segments it was sent in
	 * @param price what Twilio charged, negative, once it has; {@code null} before
	 * @param priceUnit the currency of the price, ISO 4217
	 */
	public record Message(String sid, String to, String from, String body, String status, String numSegments,
			String price, String priceUnit) {
	}

	/**
	 * A call as Twilio keeps it; fields Bella does not read are left out.
	 *
	 * @param sid its SID ({@code CA…})
	 * @param from the caller, E.164, or what Twilio says for a withheld number
	 * @param to the number called
	 * @param status {@code completed}, {@code busy}, …
	 * @param duration its length in seconds
	 * @param price what Twilio charged, negative, once it has; {@code null} before
	 * @param priceUnit the currency of the price, ISO 4217
	 */
	public record Call(String sid, String from, String to, String status, String duration, String price,
			String priceUnit) {
	}

	/**
	 * A recording as Twilio keeps it; fields Bella does not read are left out.
	 *
	 * @param sid its SID ({@code RE…})
	 * @param callSid the call it was made in; {@code null} for none
	 * @param source what made it: {@code RecordVerb} for {@code <Record>}, …
	 * @param status {@code processing}, {@code completed}, {@code absent}, …
	 * @param duration its length in seconds; {@code -1} while unknown
	 */
	public record Recording(String sid, String callSid, String source, String status, String duration) {
	}

	record MessagePage(List<Message> messages, String nextPageUri) {
	}

	record RecordingPage(List<Recording> recordings, String nextPageUri) {
	}

	record ErrorBody(Integer code, Integer status, String moreInfo) {
	}

}
