package io.bella.voice;

import io.bella.dialogue.Utterance;
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
@RequestMapping("/twilio")
class TwilioVoiceController {

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
	ResponseEntity<String> voice(@RequestParam("CallSid") String callSid,
			@RequestParam(name = "From", required = false) String from,
			@RequestParam(name = "To", required = false) String to) {
		return twiml(this.conductor.answer(new IncomingCall(callSid, from, to)));
	}

	/**
	 * What the caller said in answer to a turn's {@code <Gather>}; nothing when they
	 * stayed silent.
	 */
	@PostMapping("/gather")
	ResponseEntity<String> gather(@RequestParam("CallSid") String callSid, @RequestParam("turn") int turn,
			@RequestParam(name = "SpeechResult", required = false) String speech,
			@RequestParam(name = "Confidence", required = false) String confidence,
			@RequestParam(name = "From", required = false) String from,
			@RequestParam(name = "To", required = false) String to) {
		Utterance utterance = new Utterance(speech, confidence(confidence));
		return twiml(this.conductor.respond(new IncomingCall(callSid, from, to), Math.max(turn, 1), utterance));
	}

	/**
	 * A transfer ended: hang up after a conversation, take a message when nobody
	 * answered.
	 */
	@PostMapping("/dial")
	ResponseEntity<String> dial(@RequestParam(name = "DialCallStatus", required = false) String dialCallStatus) {
		return twiml(this.conductor.afterDial(dialCallStatus));
	}

	/**
	 * The call's status callback: closes the call's record when it ended. Twilio is
	 * answered within the database budget whatever the database does, and a duration that
	 * is not a number does not keep the record open.
	 */
	@PostMapping("/status")
	ResponseEntity<Void> status(@RequestParam("CallSid") String callSid,
			@RequestParam(name = "CallStatus", required = false) String callStatus,
			@RequestParam(name = "CallDuration", required = false) String callDuration) {
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
