package io.bella.voice;

import java.time.Duration;

import io.bella.dialogue.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bella's replies as TwiML, compared whole with the documents the Twilio SDK's builders
 * wrote for the same replies: the same verbs, attributes (in alphabetical order) and
 * nesting.
 */
class TwimlTests {

	private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	private static final String RECORD = "<Record action=\"/twilio/recording\" maxLength=\"120\" method=\"POST\" "
			+ "playBeep=\"true\" recordingStatusCallback=\"/twilio/recording\" recordingStatusCallbackMethod=\"POST\"/>";

	private final Twiml twiml = twiml("en-CA");

	@Test
	void listeningGathersSpeechForTheNextTurnAndRedirectsThereIfTwilioSkipsTheAction() {
		assertThat(this.twiml.reply(Reply.ask("Hello there", null), 3, "Maple, Dr. Ng")).isEqualTo(XML
				+ "<Response><Gather action=\"/twilio/gather?turn=3\" actionOnEmptyResult=\"true\" "
				+ "hints=\"Maple, Dr. Ng\" input=\"speech\" language=\"en-CA\" method=\"POST\" speechTimeout=\"auto\">"
				+ "<Say>Hello there</Say></Gather><Redirect method=\"POST\">/twilio/gather?turn=3</Redirect></Response>");
	}

	@Test
	void listeningWithoutSpeechOrHintsGathersWithNeither() {
		assertThat(this.twiml.reply(Reply.ask("", null), 1, null)).isEqualTo(XML
				+ "<Response><Gather action=\"/twilio/gather?turn=1\" actionOnEmptyResult=\"true\" input=\"speech\" "
				+ "language=\"en-CA\" method=\"POST\" speechTimeout=\"auto\"/>"
				+ "<Redirect method=\"POST\">/twilio/gather?turn=1</Redirect></Response>");
	}

	@Test
	void theLanguageIsTwiliosSpellingOfTheSettingAndEnglishCanadianWhenTwilioHasNoSuchLanguage() {
		assertThat(twiml("fr-ca").reply(Reply.ask("Bonjour", null), 1, null)).contains("language=\"fr-CA\"");
		assertThat(twiml("EN-us").reply(Reply.ask("Hello", null), 1, null)).contains("language=\"en-US\"");
		assertThat(twiml("cmn-hant-tw").reply(Reply.ask("Hello", null), 1, null)).contains("language=\"cmn-Hant-TW\"");
		assertThat(twiml("xx-YY").reply(Reply.ask("Hello", null), 1, null)).contains("language=\"en-CA\"");
	}

	@Test
	void aTransferSaysThenDialsTheNumberAndWithoutOneTakesAMessage() {
		assertThat(this.twiml.reply(Reply.transfer("Connecting you.", "+14165550101"), 1, null))
			.isEqualTo(XML + "<Response><Say>Connecting you.</Say>"
					+ "<Dial action=\"/twilio/dial\" method=\"POST\" timeout=\"25\">+14165550101</Dial></Response>");
		assertThat(this.twiml.reply(Reply.transfer("Connecting you.", null), 1, null))
			.isEqualTo(XML + "<Response><Say>Connecting you.</Say>" + RECORD + "</Response>");
	}

	@Test
	void takingAMessageRecordsAfterTheWordsAndHangingUpHangsUp() {
		assertThat(this.twiml.reply(Reply.takeMessage("Please leave a message."), 1, null))
			.isEqualTo(XML + "<Response><Say>Please leave a message.</Say>" + RECORD + "</Response>");
		assertThat(this.twiml.reply(Reply.hangUp("Goodbye."), 1, null))
			.isEqualTo(XML + "<Response><Say>Goodbye.</Say><Hangup/></Response>");
	}

	@Test
	void theFallbackAndTheBusyAnswerOfferAPersonOrAMessage() {
		assertThat(this.twiml.fallback("+14165550101")).isEqualTo(
				XML + "<Response><Say>I'm sorry, I'm having trouble on my side right now. Let me put you through to "
						+ "someone at the clinic.</Say><Dial action=\"/twilio/dial\" method=\"POST\" timeout=\"25\">"
						+ "+14165550101</Dial></Response>");
		assertThat(this.twiml.busy("")).isEqualTo(
				XML + "<Response><Say>Thank you for calling. All our lines are busy right now. Please leave your name, "
						+ "number and what you need after the tone, and the clinic will call you back.</Say>" + RECORD
						+ "</Response>");
	}

	@Test
	void afterATransferAnsweredBellaHangsUpAndOtherwiseTakesAMessage() {
		assertThat(this.twiml.afterDial("completed")).isEqualTo(XML + "<Response><Hangup/></Response>");
		assertThat(this.twiml.afterDial("busy")).isEqualTo(XML
				+ "<Response><Say>Sorry, nobody could take your call right now. Please leave your name, number and "
				+ "what you need after the tone, and the clinic will call you back.</Say>" + RECORD + "</Response>");
		assertThat(Twiml.empty()).isEqualTo(XML + "<Response/>");
	}

	private static Twiml twiml(String language) {
		return new Twiml(new VoiceProperties(Duration.ofMillis(1500), Duration.ofHours(2), null, language,
				Duration.ofSeconds(120), Duration.ofSeconds(4), 64));
	}

}
