package io.bella.messaging;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import io.bella.system.PhoneNumbers;
import io.bella.voice.TwilioApiDocs;
import io.bella.voice.TwimlResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Twilio brings the texts patients send the clinic's number ({@code /twilio/sms},
 * answered with TwiML: a {@code <Message>} or nothing) and reports what became of the
 * texts Bella sent ({@code /twilio/sms-status}, answered 204). The signature check on
 * {@code /twilio/*} guards both.
 */
@RestController
@Tag(name = TwilioApiDocs.TAG, description = TwilioApiDocs.TAG_DESCRIPTION)
class TwilioSmsController {

	static final Pattern MESSAGE_SID = Pattern.compile("(SM|MM)[0-9a-fA-F]{32}");

	private static final Pattern STATUS = Pattern.compile("[a-z_-]{1,16}");

	private static final Pattern TEXT_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern ERROR_CODE = Pattern.compile("[0-9]{1,16}");

	private static final Logger log = LoggerFactory.getLogger(TwilioSmsController.class);

	private static final int MAX_BODY = 2000;

	private final SmsReplies replies;

	private final OutboundMessages claims;

	private final Clock clock;

	TwilioSmsController(SmsReplies replies, OutboundMessages claims, Clock clock) {
		this.replies = replies;
		this.claims = claims;
		this.clock = clock;
	}

	@PostMapping(path = "/twilio/sms", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(operationId = "receiveSms", summary = "A patient texted the clinic's number",
			description = "C confirms the appointment the patient was texted about, R asks staff to call back, STOP "
					+ "words opt the number out and START words back in; anything else is kept for staff. Acts "
					+ "once per MessageSid: a retry is answered as the first delivery was.")
	@ApiResponse(responseCode = "200", description = "TwiML: the answer in <Message>, or an empty <Response/>",
			content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "503",
			description = "The text could not be recorded (the database failed): nothing was kept, so Twilio "
					+ "tries the fallback URL; sending the same MessageSid again is safe",
			content = @Content)
	ResponseEntity<String> sms(
			@Parameter(description = "Twilio's message SID") @RequestParam(name = "MessageSid",
					required = false) String messageSid,
			@Parameter(description = "the sender's number") @RequestParam(name = "From", required = false) String from,
			@Parameter(description = "what the text says") @RequestParam(name = "Body", required = false) String body) {
		if (messageSid == null || !MESSAGE_SID.matcher(messageSid).matches() || !StringUtils.hasText(from)) {
			// signed by Twilio yet malformed: nothing to act on
			log.warn("Text ignored: MessageSid or From missing or malformed");
			return twiml(Optional.empty());
		}
		String text = (body != null) ? body : "";
		text = (text.length() > MAX_BODY) ? text.substring(0, MAX_BODY) : text;
		return twiml(this.replies.answer(messageSid, from.strip(), text));
	}

	@PostMapping(path = "/twilio/sms-status", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(operationId = "receiveSmsStatus", summary = "What became of a text Bella sent",
			description = "Recorded on the text (GET /api/users/{id}/messages). A status never moves a text back: "
					+ "delivered, undelivered and failed are final. An unknown MessageSid is ignored. The query "
					+ "parameter text (the text's own key, in the StatusCallback URL Bella gave Twilio) records the "
					+ "MessageSid on a text whose create reply was lost, so that it is not sent again.")
	@ApiResponse(responseCode = "204", description = "Acknowledged", content = @Content)
	ResponseEntity<Void> status(
			@Parameter(description = "Twilio's message SID") @RequestParam(name = "MessageSid",
					required = false) String messageSid,
			@Parameter(description = "queued, sending, sent, delivered, undelivered, failed, ...") @RequestParam(
					name = "MessageStatus", required = false) String status,
			@Parameter(description = "Twilio's error code, when it failed") @RequestParam(name = "ErrorCode",
					required = false) String errorCode,
			@Parameter(description = "the text's own key, from the StatusCallback URL (query)") @RequestParam(
					name = SmsSender.TEXT_PARAMETER, required = false) String textId) {
		if (messageSid == null || !MESSAGE_SID.matcher(messageSid).matches() || status == null
				|| !STATUS.matcher(status).matches()) {
			log.warn("Text status callback ignored: MessageSid or MessageStatus missing or malformed");
			return ResponseEntity.noContent().build();
		}
		String code = (errorCode != null && ERROR_CODE.matcher(errorCode).matches()) ? errorCode : null;
		if (textId != null && TEXT_ID.matcher(textId).matches()) {
			recordSid(textId, messageSid);
		}
		boolean recorded = this.claims.recordDelivery(messageSid, status, code, this.clock.instant());
		log.debug("Text {} is {}{}", messageSid, status, recorded ? "" : " (not recorded: unknown or later)");
		return ResponseEntity.noContent().build();
	}

	// the URL is signed with the key in it, so the key is Twilio's word for which text
	// this is, also when the reply to the create request never arrived
	private void recordSid(String textId, String messageSid) {
		if (this.claims.recordSid(textId, messageSid, this.clock.instant())) {
			log.info("Text {} recorded as sent ({}) from Twilio's status callback", textId, messageSid);
			return;
		}
		this.claims.sidOf(textId)
			.filter((recorded) -> !recorded.equals(messageSid))
			.ifPresent((recorded) -> log.warn("Text {} reached Twilio twice: {} and {}", textId, recorded, messageSid));
	}

	/**
	 * Whatever fails, Twilio gets no error page. A text gets 503 with an empty body: its
	 * transaction rolled back with the inbound_message row, so only Twilio still has it,
	 * and a 5xx makes Twilio try the fallback URL (or this one again), which is safe as a
	 * text is acted on once per MessageSid. A status gets 204: losing one costs nothing,
	 * a later status callback says as much.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<?> failed(Exception ex, HttpServletRequest request) {
		log.error("Twilio SMS webhook {} for {} from {} failed", request.getRequestURI(),
				request.getParameter("MessageSid"), PhoneNumbers.mask(request.getParameter("From")), ex);
		return request.getRequestURI().endsWith("/sms-status") ? ResponseEntity.noContent().build()
				: ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
	}

	private static ResponseEntity<String> twiml(Optional<String> reply) {
		TwimlResponse response = new TwimlResponse();
		reply.ifPresent((text) -> response.verb("Message").verb("Body").text(text));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(response.toXml());
	}

}
