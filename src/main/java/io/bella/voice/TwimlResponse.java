package io.bella.voice;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A TwiML document: the {@code <Response>} Twilio follows on a call ({@code <Say>},
 * {@code <Gather>}, {@code <Dial>}, …) or answers a text with ({@code <Message>}), built
 * verb by verb and written by the JDK's StAX writer, which escapes every text and
 * attribute: what is spoken comes from callers and the clinic's data. Characters that XML
 * 1.0 cannot carry at all (control characters, lone surrogates) are left out. Attributes
 * are written in alphabetical order, as the Twilio SDK wrote them before.
 */
public final class TwimlResponse {

	// the JDK's own writer, without a search of the class path for another one; made
	// once,
	// as every webhook turn writes a response
	private static final XMLOutputFactory WRITERS = XMLOutputFactory.newDefaultFactory();

	private final Element response = new Element("Response");

	/**
	 * Adds a verb (or a noun such as {@code <Message>}) at the end of the response.
	 * @param name the verb as TwiML spells it: {@code Say}, {@code Gather}, …
	 * @return the verb, to give it attributes, text or verbs of its own
	 */
	public Element verb(String name) {
		return this.response.verb(name);
	}

	/**
	 * The document, with its XML declaration.
	 * @return the TwiML
	 */
	public String toXml() {
		StringWriter xml = new StringWriter();
		try {
			XMLStreamWriter writer = WRITERS.createXMLStreamWriter(xml);
			writer.writeStartDocument("UTF-8", "1.0");
			this.response.write(writer);
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("TwiML could not be written", ex);
		}
		return xml.toString();
	}

	/**
	 * One element of the response: its attributes, its text and the elements nested in it
	 * ({@code <Say>} in {@code <Gather>}, {@code <Body>} in {@code <Message>}).
	 */
	public static final class Element {

		private final String name;

		private final Map<String, String> attributes = new TreeMap<>();

		private final List<Element> nested = new ArrayList<>();

		private String text = "";

		private Element(String name) {
			this.name = name;
		}

		/**
		 * Sets an attribute.
		 * @param attribute its name, as TwiML spells it
		 * @param value its value, written as {@link String#valueOf(Object)} gives it
		 * @return this element
		 */
		public Element attribute(String attribute, Object value) {
			this.attributes.put(attribute, String.valueOf(value));
			return this;
		}

		/**
		 * Sets the text: what {@code <Say>} speaks, the number {@code <Dial>} calls, the
		 * URL {@code <Redirect>} goes to.
		 * @param text the text, unescaped; {@code null} for none
		 * @return this element
		 */
		public Element text(String text) {
			this.text = (text != null) ? text : "";
			return this;
		}

		/**
		 * Adds an element inside this one, after those added before.
		 * @param name the element as TwiML spells it
		 * @return the new element
		 */
		public Element verb(String name) {
			Element element = new Element(name);
			this.nested.add(element);
			return element;
		}

		private void write(XMLStreamWriter writer) throws XMLStreamException {
			boolean empty = this.text.isEmpty() && this.nested.isEmpty();
			if (empty) {
				writer.writeEmptyElement(this.name);
			}
			else {
				writer.writeStartElement(this.name);
			}
			for (Map.Entry<String, String> attribute : this.attributes.entrySet()) {
				writer.writeAttribute(attribute.getKey(), legal(attribute.getValue()));
			}
			if (empty) {
				return;
			}
			writer.writeCharacters(legal(this.text));
			for (Element element : this.nested) {
				element.write(writer);
			}
			writer.writeEndElement();
		}

		// StAX escapes markup but writes any character it is given, and an XML 1.0 parser
		// refuses a document with one it cannot carry, even as a character reference
		private static String legal(String value) {
			StringBuilder legal = new StringBuilder(value.length());
			value.codePoints().filter(Element::isXmlChar).forEach(legal::appendCodePoint);
			return legal.toString();
		}

		private static boolean isXmlChar(int c) {
			return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
					|| (c >= 0x10000 && c <= 0x10FFFF);
		}

	}

}
