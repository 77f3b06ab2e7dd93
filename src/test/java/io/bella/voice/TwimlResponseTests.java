package io.bella.voice;

import java.io.StringReader;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TwiML written from text Bella does not control (what callers said, the clinic's data)
 * stays well-formed and says exactly that text.
 */
class TwimlResponseTests {

	private static final String SPOKEN = "Tom & Jerry's <b>\"clinic\"</b> ]]> <![CDATA[ x ]]> &amp; é € \ud83d\ude00 "
			+ "tab\tline\nend";

	@Test
	void markupInSpokenTextAndAttributesIsEscapedAndReadsBackUnchanged() throws Exception {
		TwimlResponse response = new TwimlResponse();
		response.verb("Gather").attribute("hints", "Dr. O'Neil & \"Sons\" <Dental> ]]>").verb("Say").text(SPOKEN);
		response.verb("Message").verb("Body").text(SPOKEN);

		String xml = response.toXml();

		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Gather hints=\"")
			.contains("Tom &amp; Jerry's &lt;b&gt;", "]]&gt;", "&lt;![CDATA[", "&amp;amp;")
			.contains("hints=\"Dr. O'Neil &amp; &quot;Sons&quot; &lt;Dental&gt; ]]&gt;\"")
			.doesNotContain("<b>", "<![CDATA[");
		Document document = parse(xml);
		Element say = (Element) document.getElementsByTagName("Say").item(0);
		assertThat(say.getTextContent()).isEqualTo(SPOKEN);
		assertThat(say.getParentNode().getNodeName()).isEqualTo("Gather");
		assertThat(((Element) say.getParentNode()).getAttribute("hints"))
			.isEqualTo("Dr. O'Neil & \"Sons\" <Dental> ]]>");
		assertThat(document.getElementsByTagName("Body").item(0).getTextContent()).isEqualTo(SPOKEN);
		assertThat(document.getDocumentElement().getChildNodes().getLength()).isEqualTo(2);
	}

	@Test
	void charactersXmlCannotCarryAreLeftOutSoTheDocumentStaysWellFormed() throws Exception {
		TwimlResponse response = new TwimlResponse();
		response.verb("Say").attribute("voice", "x\u0000y").text("a\u0001b\u001Fc\uFFFEd\ud800e");

		String xml = response.toXml();

		assertThat(parse(xml).getDocumentElement().getTextContent()).isEqualTo("abcde");
		assertThat(xml).contains("voice=\"xy\"");
	}

	@Test
	void verbsWithoutTextOrVerbsInsideAreEmptyElements() {
		TwimlResponse response = new TwimlResponse();
		response.verb("Hangup");
		response.verb("Message").verb("Body").text(null);

		assertThat(response.toXml()).endsWith("<Response><Hangup/><Message><Body/></Message></Response>");
		assertThat(new TwimlResponse().toXml()).endsWith("<Response/>");
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

}
