package dk.aarshjul.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist, the welcome page, Cockpit and Admin speak Danish: every text of Camunda's English
 * locale (read from the webapp jar itself, so a Camunda upgrade that adds texts fails here) has a
 * Danish counterpart that keeps its placeholders, and Danish is what the apps offer first. None of
 * them shows Camunda's end-of-life banner.
 */
class DanishWebappTextTests {

	private static final String APP = "META-INF/resources/webjars/camunda/app/";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*}}");

	private static final ObjectMapper json = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "cockpit", "admin" })
	void everyEnglishTextHasADanishOneWithTheSamePlaceholders(String app) throws IOException {
		Map<String, String> english = flatten(read(APP + app + "/locales/en.json"));
		Map<String, String> danish = flatten(read(APP + app + "/locales/da.json"));

		assertThat(english).as("English texts found in the webapp jar").hasSizeGreaterThan(100);
		List<String> missing = english.keySet().stream().filter(key -> !danish.containsKey(key)).toList();
		assertThat(missing).as("keys of %s/locales/en.json missing in its da.json", app).isEmpty();
		assertThat(danish.keySet()).as("no keys Camunda does not know").isSubsetOf(english.keySet());
		english.forEach((key, text) -> {
			assertThat(placeholders(danish.get(key))).as("placeholders of %s", key).isEqualTo(placeholders(text));
			if (!text.isBlank()) {
				assertThat(danish.get(key)).as(key).isNotBlank();
			}
		});
	}

	/** Cockpit and Admin: what process owners and administrators read most is Danish, not English kept. */
	@ParameterizedTest
	@ValueSource(strings = { "cockpit", "admin" })
	void theAdministratorsWebappsAreTranslatedNotCopied(String app) throws IOException {
		Map<String, String> english = flatten(read(APP + app + "/locales/en.json"));
		Map<String, String> danish = flatten(read(APP + app + "/locales/da.json"));

		// a few words are Danish too (Status, Filter, Batch, Version, null); a copy of en.json is not
		long unchanged = english.entrySet().stream()
			.filter(text -> text.getValue().matches(".*[a-z]{4,}.*"))
			.filter(text -> text.getValue().equals(danish.get(text.getKey())))
			.count();
		assertThat(unchanged).as("texts of %s left in English", app).isLessThan(english.size() / 20);
		assertThat(danish).containsEntry(app.equals("cockpit") ? "labels.DASHBOARD_PROCESS_DEFINITIONS" : "labels.USERS_USERS",
				app.equals("cockpit") ? "Procesdefinitioner" : "Brugere");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "cockpit", "admin" })
	void theEndOfLifeBannerIsHidden(String app) throws IOException {
		assertThat(text(APP + app + "/styles/user-styles.css").replaceAll("\\s+", " "))
			.contains(".ce-eol-banner { display: none !important; }");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "cockpit", "admin" })
	void danishIsOfferedFirstAndEnglishKept(String app) throws IOException {
		String config = text(APP + app + "/scripts/config.js");

		assertThat(config).containsPattern("availableLocales:\\s*\\['da',\\s*'en'\\]")
			.containsPattern("fallbackLocale:\\s*'da'")
			.contains("vendor: 'Årshjul'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "cockpit", "admin" })
	void everyWebappCarriesArshjulsNameAndLogo(String app) throws IOException {
		assertThat(text(APP + app + "/scripts/config.js")).contains("vendor: 'Årshjul'");
		assertThat(text(APP + app + "/styles/user-styles.css")).contains("@import url(/css/camunda-webapps.css);");
		assertThat(text("static/css/camunda-webapps.css")).contains("/img/aarshjul-logo.svg");
	}

	private static JsonNode read(String path) throws IOException {
		return json.readTree(stripByteOrderMark(text(path)));
	}

	/**
	 * The file the webapp serves: the first on the class path, which for our own files (da.json,
	 * config.js, user-styles.css) must be ours, shadowing the webapp jar's.
	 */
	private static String text(String path) throws IOException {
		List<URL> found = Collections.list(DanishWebappTextTests.class.getClassLoader().getResources(path));
		assertThat(found).as(path).isNotEmpty();
		if (!path.endsWith("/en.json")) {
			assertThat(found.get(0).getProtocol()).as("%s comes from Årshjul, not from the webapp jar", path)
				.isEqualTo("file");
		}
		try (InputStream in = found.get(0).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String stripByteOrderMark(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static Map<String, String> flatten(JsonNode node) {
		Map<String, String> texts = new TreeMap<>();
		flatten("", node, texts);
		return texts;
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> texts) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
				Map.Entry<String, JsonNode> field = fields.next();
				flatten(prefix + field.getKey() + ".", field.getValue(), texts);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(prefix + i + ".", node.get(i), texts);
			}
		}
		else {
			texts.put(prefix.substring(0, prefix.length() - 1), node.asText());
		}
	}

	private static List<String> placeholders(String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group().replace(" ", ""));
		}
		Collections.sort(found);
		return found;
	}

}
