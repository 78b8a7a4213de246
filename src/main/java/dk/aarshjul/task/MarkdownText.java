package dk.aarshjul.task;

/**
 * Text a person typed, made safe to put into a Camunda Form's text component. form-js renders a
 * text component's template as Markdown and then strips every HTML tag it does not allow, so a
 * title such as {@code <b>Skoler</b>} would lose its tags and a {@code <script>} its whole text;
 * a title with an asterisk would turn into emphasis. Escaped, both show as the characters that
 * were typed.
 */
public final class MarkdownText {

	private static final String MARKDOWN_PUNCTUATION = "\\`*_{}[]()#+-.!|~";

	private MarkdownText() {
	}

	/** For a value inside a line (a title, a list item): a line break would end the item. */
	public static String escape(String text) {
		return escaped(text, " ");
	}

	/** For a paragraph a person wrote: its line breaks stay line breaks. */
	public static String of(String text) {
		return escaped(text == null ? null : text.strip(), "  \n");
	}

	private static String escaped(String text, String lineBreak) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\r' -> {
				}
				case '\n' -> escaped.append(lineBreak);
				default -> {
					if (MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
						escaped.append('\\');
					}
					escaped.append(c);
				}
			}
		}
		return escaped.toString();
	}

}
