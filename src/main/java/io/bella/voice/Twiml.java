package io.bella.voice;

import java.util.Arrays;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Dial;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import io.bella.dialogue.Reply;

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

	static {
		// Twilio's toXml() asks JAXP for new factories on every call, and without these
		// properties JAXP searches every jar on the class path for another implementation
		// each time: milliseconds per webhook. These are the JDK's own, which is what
		// that
		// search finds, as no dependency of Bella ships another.
		useIfUnset("javax.xml.parsers.DocumentBuilderFactory",
				"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
		useIfUnset("javax.xml.transform.TransformerFactory",
				"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
	}

	private final Gather.Language language;

	private final int messageMaxLengthSec;

	Twiml(VoiceProperties properties) {
		this.language = Arrays.stream(Gather.Language.values())
			.filter((candidate) -> candidate.toString().equalsIgnoreCase(properties.language()))
			.findFirst()
			.orElse(Gather.Language.EN_CA);
		this.messageMaxLengthSec = (int) properties.messageMaxLength().toSeconds();
	}

	/**
	 * The TwiML for a reply; a {@code LISTEN} reply sends the caller's answer to turn
	 * {@code nextTurn}.
	 */
	String reply(Reply reply, int nextTurn, String hints) {
		VoiceResponse.Builder response = new VoiceResponse.Builder();
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
				response.hangup(new Hangup.Builder().build());
			}
		}
		return response.build().toXml();
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
		VoiceResponse.Builder response = new VoiceResponse.Builder();
		if (StringUtils.hasText(transferNumber)) {
			say(response, opening + " " + handOver);
			dial(response, transferNumber);
		}
		else {
			say(response, opening + " Please leave your name, number and what you need after the tone, "
					+ "and the clinic will call you back.");
			record(response);
		}
		return response.build().toXml();
	}

	static String fallbackSpeech(String transferNumber) {
		return StringUtils.hasText(transferNumber) ? APOLOGY + " Let me put you through to someone at the clinic."
				: APOLOGY + " Please leave a message after the tone.";
	}

	/**
	 * What follows a transfer: nothing when someone answered, a message otherwise.
	 */
	String afterDial(String dialCallStatus) {
		VoiceResponse.Builder response = new VoiceResponse.Builder();
		if ("completed".equalsIgnoreCase(dialCallStatus) || "answered".equalsIgnoreCase(dialCallStatus)) {
			response.hangup(new Hangup.Builder().build());
		}
		else {
			say(response, "Sorry, nobody could take your call right now. Please leave your name, number and what "
					+ "you need after the tone, and the clinic will call you back.");
			record(response);
		}
		return response.build().toXml();
	}

	private static void useIfUnset(String factory, String implementation) {
		if (System.getProperty(factory) == null) {
			System.setProperty(factory, implementation);
		}
	}

	static String empty() {
		return new VoiceResponse.Builder().build().toXml();
	}

	private void listen(VoiceResponse.Builder response, String speech, int nextTurn, String hints) {
		String action = GATHER_PATH + "?turn=" + nextTurn;
		Gather.Builder gather = new Gather.Builder().inputs(Gather.Input.SPEECH)
			.action(action)
			.method(HttpMethod.POST)
			.actionOnEmptyResult(true)
			.language(this.language)
			.speechTimeout("auto");
		if (StringUtils.hasText(hints)) {
			gather.hints(hints);
		}
		if (StringUtils.hasText(speech)) {
			gather.say(new Say.Builder(speech).build());
		}
		response.gather(gather.build());
		// reached only if Twilio skips the action; the turn reads it as silence
		response.redirect(new Redirect.Builder(action).method(HttpMethod.POST).build());
	}

	private static void say(VoiceResponse.Builder response, String speech) {
		if (StringUtils.hasText(speech)) {
			response.say(new Say.Builder(speech).build());
		}
	}

	private static void dial(VoiceResponse.Builder response, String number) {
		response.dial(new Dial.Builder(number).action(DIAL_PATH).method(HttpMethod.POST).timeout(25).build());
	}

	private void record(VoiceResponse.Builder response) {
		response.record(new Record.Builder().action(RECORDING_PATH)
			.method(HttpMethod.POST)
			.recordingStatusCallback(RECORDING_PATH)
			.recordingStatusCallbackMethod(HttpMethod.POST)
			.maxLength(this.messageMaxLengthSec)
			.playBeep(true)
			.build());
	}

}
