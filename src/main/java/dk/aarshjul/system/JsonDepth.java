package dk.aarshjul.system;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * How deeply Json nests, counting Json written as a string inside Json too: the engine's APIs
 * carry a Json variable as {@code {"value": "[[...]]", "type": "Json"}}, and the engine parses that
 * string only when it stores it. Årshjul's own Json (a plan's rows) nests a handful of levels.
 */
final class JsonDepth {

	static final int MOST_LEVELS = 20;

	/** Jackson stops at its own limit well above ours; the stop is enough to know it is too deep. */
	private static final JsonFactory JSON = JsonFactory.builder()
		.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MOST_LEVELS + 1).build())
		.build();

	private JsonDepth() {
	}

	/** Unreadable Json is not this check's business: the engine answers it as before. */
	static boolean deeperThanAllowed(byte[] body) {
		try (JsonParser parser = JSON.createParser(body)) {
			return deeper(parser, 0);
		}
		catch (StreamConstraintsException tooDeep) {
			return true;
		}
		catch (IOException unreadable) {
			return false;
		}
	}

	private static boolean deeper(JsonParser parser, int outer) throws IOException {
		for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
			if (outer + parser.getParsingContext().getNestingDepth() > MOST_LEVELS) {
				return true;
			}
			if (token == JsonToken.VALUE_STRING && looksLikeJson(parser.getText())) {
				int here = outer + parser.getParsingContext().getNestingDepth();
				try (JsonParser inner = JSON.createParser(parser.getText())) {
					if (deeper(inner, here)) {
						return true;
					}
				}
				catch (StreamConstraintsException tooDeep) {
					return true;
				}
				catch (IOException notJson) {
					// a text that only starts like Json
				}
			}
		}
		return false;
	}

	private static boolean looksLikeJson(String text) {
		String start = text.stripLeading();
		return start.startsWith("{") || start.startsWith("[");
	}

}
