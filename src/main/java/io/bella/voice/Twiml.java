package io.bella.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.bella.dialogue.Reply;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

/**
 * Writes Bella's replies as TwiML, the instructions Twilio follows on the line.
 */
class Twiml {

	static final String GATHER_PATH = "/twilio/gather";

	static final String RECORDING_PATH = "/twilio/recording";

	static final String DIAL_PATH = "/twilio/dial";

	private static final String APOLOGY = "I'm sorry, I'm having trouble on my side right now.";

	private static final String BUSY = "Thank you for calling. All our lines are busy right now.";

	private static final String DEFAULT_LANGUAGE = "en-CA";

	private static final String POST = "POST";

	private final String language;

	private final int messageMaxLengthSec;

	Twiml(VoiceProperties properties) {
		this.language = languages().stream()
			.filter((candidate) -> candidate.equalsIgnoreCase(properties.language()))
			.findFirst()
			.orElse(DEFAULT_LANGUAGE);
		this.messageMaxLengthSec = (int) properties.messageMaxLength().toSeconds();
	}

	private static List<String> languages() {
		try {
			return new ClassPathResource("voice/gather-languages.txt").getContentAsString(StandardCharsets.UTF_8)
				.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The TwiML for a reply; a {@code LISTEN} reply sends the caller's answer to turn
	 * {@code nextTurn}.
	 */
	String reply(Reply reply, int nextTurn, String hints) {
		TwimlResponse response = new TwimlResponse();
		switch (reply.action()) {
			case LISTEN -> listen(response, reply.speech(), nextTurn, hints);
			case TRANSFER -> {
				say(response, reply.speech());
				if (StringUtils.hasText(reply.transferNumber())) {
					dial(response, reply.transferNumber());
				}
				else {
					record(response);
				}
			}
			case TAKE_MESSAGE -> {
				say(response, reply.speech());
				record(response);
			}
			case HANG_UP -> {
				say(response, reply.speech());
				response.verb("Hangup");
			}
		}
		return response.toXml();
	}

	/**
	 * What a caller hears when Bella cannot answer properly: an apology, then a person
	 * when a number is known, otherwise a message.
	 */
	String fallback(String transferNumber) {
		return personOrMessage(APOLOGY, "Let me put you through to someone at the clinic.", transferNumber);
	}

	/**
	 * What a new caller hears when the instance has no room for another call: that the
	 * lines are busy, then a person when a number is known, otherwise a message. Nothing
	 * behind it is asked, as the instance is already full.
	 */
	String busy(String transferNumber) {
		return personOrMessage(BUSY, "Let me put you through to someone at the front desk.", transferNumber);
	}

	private String personOrMessage(String opening, String handOver, String transferNumber) {
		TwimlResponse response = new TwimlResponse();
		if (StringUtils.hasText(transferNumber)) {
			say(response, opening + " " + handOver);
			dial(response, transferNumber);
		}
		else {
			say(response, opening + " Please leave your name, number and what you need after the tone, "
					+ "and the clinic will call you back.");
			record(response);
		}
		return response.toXml();
	}

	static String fallbackSpeech(String transferNumber) {
		return StringUtils.hasText(transferNumber) ? APOLOGY + " Let me put you through to someone at the clinic."
				: APOLOGY + " Please leave a message after the tone.";
	}

	/**
	 * What follows a transfer: nothing when someone answered, a message otherwise.
	 */
	String afterDial(String dialCallStatus) {
		TwimlResponse response = new TwimlResponse();
		if ("completed".equalsIgnoreCase(dialCallStatus) || "answered".equalsIgnoreCase(dialCallStatus)) {
			response.verb("Hangup");
		}
		else {
			say(response, "Sorry, nobody could take your call right now. Please leave your name, number and what "
					+ "you need after the tone, and the clinic will call you back.");
			record(response);
		}
		return response.toXml();
	}

	static String empty() {
		return new TwimlResponse().toXml();
	}

	private void listen(TwimlResponse response, String speech, int nextTurn, String hints) {
		String action = GATHER_PATH + "?turn=" + nextTurn;
		TwimlResponse.Element gather = response.verb("Gather")
			.attribute("input", "speech")
			.attribute("action", action)
			.attribute("method", POST)
			.attribute("actionOnEmptyResult", true)
			.attribute("language", this.language)
			.attribute("speechTimeout", "auto");
		if (StringUtils.hasText(hints)) {
			gather.attribute("hints", hints);
		}
		if (StringUtils.hasText(speech)) {
			gather.verb("Say").text(speech);
		}
		// reached only if Twilio skips the action; the turn reads it as silence
		response.verb("Redirect").attribute("method", POST).text(action);
	}

	private static void say(TwimlResponse response, String speech) {
		if (StringUtils.hasText(speech)) {
			response.verb("Say").text(speech);
		}
	}

	private static void dial(TwimlResponse response, String number) {
		response.verb("Dial")
			.attribute("action", DIAL_PATH)
			.attribute("method", POST)
			.attribute("timeout", 25)
			.text(number);
	}

	private void record(TwimlResponse response) {
		response.verb("Record")
			.attribute("action", RECORDING_PATH)
			.attribute("method", POST)
			.attribute("recordingStatusCallback", RECORDING_PATH)
			.attribute("recordingStatusCallbackMethod", POST)
			.attribute("maxLength", this.messageMaxLengthSec)
			.attribute("playBeep", true);
	}

}
