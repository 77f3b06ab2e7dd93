package io.bella.system;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads JSON strings as usual but refuses the NUL character: no name, note or reason
 * contains one, and PostgreSQL cannot store it, so a request with one is the client's
 * mistake and is answered 400 naming the field.
 */
class NulRejectingStringDeserializer extends StdScalarDeserializer<String> {

	static final String MESSAGE = "must not contain the NUL character (\\u0000)";

	NulRejectingStringDeserializer() {
		super(String.class);
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = StringDeserializer.instance.deserialize(parser, context);
		if (value != null && value.indexOf('\0') >= 0) {
			throw InvalidFormatException.from(parser, MESSAGE, value, String.class);
		}
		return value;
	}

}
