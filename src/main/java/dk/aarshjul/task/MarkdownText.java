package dk.aarshjul.task;

/**
 * User-written text put into a Camunda Form's Markdown text field so that it shows as typed:
 * HTML is escaped (form-js would otherwise drop a tag silently) and Markdown's marks are quoted
 * (a title with an asterisk is not turned into emphasis); line breaks stay line breaks.
 */
public final class MarkdownText {

	private MarkdownText() {
	}

	public static String of(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.strip().toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '!', '|', '~' -> out.append('\\').append(c);
				case '\r' -> {
				}
				case '\n' -> out.append("  \n");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

}
