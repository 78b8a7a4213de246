package dk.aarshjul.system;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every JUEL expression a BPMN model names — in any attribute (delegateExpression, expression,
 * candidateGroups, assignee, dueDate, collection, formKey, …) or element text (conditions, timers,
 * completion conditions, input/output mappings, listener fields) — and what each expression
 * reaches for: the identifiers it starts from ({@code cycleCalendar}, {@code unitId}) and the
 * members it takes from them ({@code .draftingDeadline} with one argument, {@code .cycle} as a property).
 */
public final class ModelExpressions {

	private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
			"ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

	private ModelExpressions() {
	}

	/** One use of an identifier: {@code member} is null for the identifier alone; {@code arity} is -1 for a property. */
	public record Use(String model, String element, String expression, String root, String member, int arity) {

		@Override
		public String toString() {
			String what = member == null ? root : root + "." + member + (arity < 0 ? "" : "(" + arity + " argument(s))");
			return model + " " + element + ": " + what + " in " + expression;
		}

	}

	public static List<Use> in(String model, byte[] xml) {
		Document document = parse(xml);
		List<Use> uses = new ArrayList<>();
		visit(model, document.getDocumentElement(), uses);
		return uses;
	}

	private static void visit(String model, Element element, List<Use> uses) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			expressions(model, element, attribute.getValue(), uses);
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element nested) {
				visit(model, nested, uses);
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				expressions(model, element, child.getNodeValue(), uses);
			}
		}
	}

	private static void expressions(String model, Element element, String text, List<Use> uses) {
		int at = 0;
		while (true) {
			int dollar = text.indexOf("${", at);
			int hash = text.indexOf("#{", at);
			int start = dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
			if (start < 0) {
				return;
			}
			int end = closingBrace(text, start + 2);
			String body = text.substring(start + 2, end);
			uses.addAll(uses(model, where(element), text.substring(start, Math.min(end + 1, text.length())), body));
			at = end + 1;
		}
	}

	/** The expression's uses of identifiers, string literals left out. */
	static List<Use> uses(String model, String element, String expression, String body) {
		String code = withoutStrings(body);
		List<Use> uses = new ArrayList<>();
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (!Character.isJavaIdentifierStart(c) || (i > 0 && Character.isJavaIdentifierPart(code.charAt(i - 1)))) {
				i++;
				continue;
			}
			int end = identifierEnd(code, i);
			String root = code.substring(i, end);
			boolean member = previousNonBlank(code, i) == '.';
			if (member || KEYWORDS.contains(root) || Character.isDigit(c)) {
				i = end;
				continue;
			}
			int next = skipBlanks(code, end);
			if (next < code.length() && code.charAt(next) == '.') {
				int nameStart = skipBlanks(code, next + 1);
				int nameEnd = identifierEnd(code, nameStart);
				int after = skipBlanks(code, nameEnd);
				String name = code.substring(nameStart, nameEnd);
				int arity = after < code.length() && code.charAt(after) == '(' ? arity(code, after) : -1;
				uses.add(new Use(model, element, expression, root, name, arity));
			}
			else {
				uses.add(new Use(model, element, expression, root, null, -1));
			}
			i = end;
		}
		return uses;
	}

	private static int arity(String code, int open) {
		int depth = 0;
		int commas = 0;
		boolean any = false;
		for (int i = open; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == ']') {
				depth--;
				if (depth == 0) {
					return any ? commas + 1 : 0;
				}
			}
			else if (c == ',' && depth == 1) {
				commas++;
			}
			else if (!Character.isWhitespace(c) && depth >= 1) {
				any = true;
			}
		}
		throw new IllegalArgumentException("unbalanced parentheses: " + code);
	}

	private static String withoutStrings(String body) {
		StringBuilder out = new StringBuilder();
		char quote = 0;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (quote != 0) {
				if (c == '\\') {
					i++;
				}
				else if (c == quote) {
					quote = 0;
					out.append("''");
				}
			}
			else if (c == '\'' || c == '"') {
				quote = c;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int closingBrace(String text, int from) {
		int depth = 1;
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '{') {
				depth++;
			}
			else if (text.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("unclosed expression: " + text);
	}

	private static int identifierEnd(String code, int from) {
		int i = from;
		while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int skipBlanks(String code, int from) {
		int i = from;
		while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
			i++;
		}
		return i;
	}

	private static char previousNonBlank(String code, int before) {
		for (int i = before - 1; i >= 0; i--) {
			if (!Character.isWhitespace(code.charAt(i))) {
				return code.charAt(i);
			}
		}
		return 0;
	}

	/** The nearest element with an id, and the element's own name when it is not that one. */
	private static String where(Element element) {
		Node at = element;
		while (at instanceof Element candidate) {
			if (!candidate.getAttribute("id").isEmpty()) {
				return candidate == element ? candidate.getAttribute("id")
						: candidate.getAttribute("id") + "/" + element.getLocalName();
			}
			at = at.getParentNode();
		}
		return element.getLocalName();
	}

	private static Document parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
