package io.bella.voice;

import io.bella.dialogue.Utterance;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks Twilio calls during a phone call. Parameters are read by Twilio's names;
 * the others Twilio sends are ignored.
 */
@RestController
@RequestMapping(path = "/twilio", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
@Tag(name = TwilioApiDocs.TAG, description = TwilioApiDocs.TAG_DESCRIPTION)
class TwilioVoiceController {

	private static final String CALL_SID = "Twilio's call SID";

	private static final String FROM = "the caller's number, E.164, or anonymous";

	private static final String TO = "the clinic number that was called, E.164";

	private static final Logger log = LoggerFactory.getLogger(TwilioVoiceController.class);

	private final CallConductor conductor;

	private final WebhookDatabaseBudget databaseBudget;

	TwilioVoiceController(CallConductor conductor, WebhookDatabaseBudget databaseBudget) {
		this.conductor = conductor;
		this.databaseBudget = databaseBudget;
	}

	/**
	 * A call comes in: the URL a clinic pastes into the Twilio console.
	 */
	@PostMapping("/voice")
	@Operation(operationId = "answerCall", summary = "A call comes in",
			description = "The URL a clinic gives Twilio for \"A call comes in\". Answers the greeting.")
	@ApiResponse(responseCode = "200", description = TwilioApiDocs.TWIML,
			content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
	ResponseEntity<String> voice(@Parameter(description = CALL_SID) @RequestParam("CallSid") String callSid,
			@Parameter(description = FROM) @RequestParam(name = "From", required = false) String from,
			@Parameter(description = TO) @RequestParam(name = "To", required = false) String to) {
		return twiml(this.conductor.answer(new IncomingCall(callSid, from, to)));
	}

	/**
	 * What the caller said in answer to a turn's {@code <Gather>}; nothing when they
	 * stayed silent.
	 */
	@PostMapping("/gather")
	@Operation(operationId = "hearCaller", summary = "What the caller said",
			description = "The action of each turn's <Gather>; Bella sets turn in the URL.")
	@ApiResponse(responseCode = "200", description = TwilioApiDocs.TWIML,
			content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
	ResponseEntity<String> gather(@Parameter(description = CALL_SID) @RequestParam("CallSid") String callSid,
			@Parameter(
					description = "the turn this answers, from the <Gather> action URL") @RequestParam("turn") int turn,
			@Parameter(description = "what the recognizer heard; absent when the caller stayed silent") @RequestParam(
					name = "SpeechResult", required = false) String speech,
			@Parameter(description = "the recognizer's confidence, 0 to 1") @RequestParam(name = "Confidence",
					required = false) String confidence,
			@Parameter(description = FROM) @RequestParam(name = "From", required = false) String from,
			@Parameter(description = TO) @RequestParam(name = "To", required = false) String to) {
		Utterance utterance = new Utterance(speech, confidence(confidence));
		return twiml(this.conductor.respond(new IncomingCall(callSid, from, to), Math.max(turn, 1), utterance));
	}

	/**
	 * A transfer ended: hang up after a conversation, take a message when nobody
	 * answered.
	 */
	@PostMapping("/dial")
	@Operation(operationId = "endTransfer", summary = "A transfer ended",
			description = "The action of the <Dial> that transfers a caller to the front desk.")
	@ApiResponse(responseCode = "200", description = TwilioApiDocs.TWIML,
			content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
	ResponseEntity<String> dial(@Parameter(description = "how the transfer ended: completed, answered, busy, "
			+ "no-answer, failed or canceled") @RequestParam(name = "DialCallStatus",
					required = false) String dialCallStatus) {
		return twiml(this.conductor.afterDial(dialCallStatus));
	}

	/**
	 * The call's status callback: closes the call's record when it ended. Twilio is
	 * answered within the database budget whatever the database does, and a duration that
	 * is not a number does not keep the record open.
	 */
	@PostMapping("/status")
	@Operation(operationId = "recordCallStatus", summary = "A call's status changed",
			description = "The URL a clinic gives Twilio for \"Call status changes\"; closes the call's record.")
	@ApiResponse(responseCode = "204", description = "Acknowledged")
	ResponseEntity<Void> status(@Parameter(description = CALL_SID) @RequestParam("CallSid") String callSid,
			@Parameter(description = "Twilio's call status, such as completed") @RequestParam(name = "CallStatus",
					required = false) String callStatus,
			@Parameter(description = "the call's length in seconds") @RequestParam(name = "CallDuration",
					required = false) String callDuration) {
		Integer seconds = TwilioDurations.seconds(callDuration, "CallDuration");
		this.databaseBudget.run("close the call's record", () -> this.conductor.end(callSid, callStatus, seconds));
		return ResponseEntity.noContent().build();
	}

	static ResponseEntity<String> twiml(String xml) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml);
	}

	private static double confidence(String confidence) {
		if (confidence == null || confidence.isBlank()) {
			return 0;
		}
		try {
			double value = Double.parseDouble(confidence.trim());
			return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
