package dk.aarshjul.indicator;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.plan.Figures;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Statistics Denmark's open Statbank API: {@code POST <url>/data} with the table, CSV as format,
 * codes as values, each chosen variable and every period ({@code Tid = *}); the answer is
 * semicolon-separated with a {@code TID} and an {@code INDHOLD} column, oldest period first. The
 * last period with a figure is the latest ({@code ..} marks a figure not published). Periods are
 * read as their last day: {@code 2024} is 31.12.2024, {@code 2024K2} 30.06.2024, {@code 2024H1}
 * 30.06.2024, {@code 2024M05} 31.05.2024.
 */
@Component
class StatbankSource implements StatisticsSource {

	private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:([KQHM])(\\d{1,2}))?");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final ObjectMapper json = new ObjectMapper();

	private final URI url;

	StatbankSource(IndicatorSettings settings) {
		this.url = settings.statbankUrl();
	}

	@Override
	public Optional<Measurement> latest(String table, Map<String, String> selection) {
		String body;
		try {
			body = json.writeValueAsString(request(table, selection));
		}
		catch (JsonProcessingException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		}
		HttpRequest request = HttpRequest.newBuilder(url.resolve("data"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException unreachable) {
			throw new SourceFailedException("Statbank unreachable: " + unreachable.getMessage(), unreachable);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new SourceFailedException("interrupted", interrupted);
		}
		if (response.statusCode() != 200) {
			throw new SourceFailedException("HTTP " + response.statusCode(), null);
		}
		return latestOf(response.body(), table);
	}

	private static Map<String, Object> request(String table, Map<String, String> selection) {
		List<Map<String, Object>> variables = new ArrayList<>();
		selection.forEach((code, value) -> variables.add(variable(code, value)));
		if (selection.keySet().stream().noneMatch(code -> code.equalsIgnoreCase("Tid"))) {
			variables.add(variable("Tid", "*"));
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("table", table);
		request.put("format", "CSV");
		request.put("lang", "da");
		request.put("valuePresentation", "Code");
		request.put("variables", variables);
		return request;
	}

	private static Map<String, Object> variable(String code, String value) {
		Map<String, Object> variable = new LinkedHashMap<>();
		variable.put("code", code);
		variable.put("values", List.of(value));
		return variable;
	}

	static Optional<Measurement> latestOf(String csv, String table) {
		String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
		if (lines.length == 0) {
			throw new SourceFailedException("empty answer", null);
		}
		List<String> header = List.of(lines[0].toUpperCase(Locale.ROOT).split(";"));
		int time = header.indexOf("TID");
		int content = header.indexOf("INDHOLD");
		if (time < 0 || content < 0) {
			throw new SourceFailedException("no TID and INDHOLD columns", null);
		}
		Measurement latest = null;
		for (int i = 1; i < lines.length; i++) {
			String[] fields = lines[i].split(";");
			if (fields.length <= Math.max(time, content)) {
				continue;
			}
			Optional<BigDecimal> value = Figures.parse(fields[content].strip());
			Optional<LocalDate> end = periodEnd(fields[time].strip());
			if (value.isPresent() && end.isPresent() && (latest == null || !end.get().isBefore(latest.measuredOn()))) {
				latest = new Measurement(end.get(), value.get(),
						"Danmarks Statistik, " + table + ", " + fields[time].strip());
			}
		}
		return Optional.ofNullable(latest);
	}

	static Optional<LocalDate> periodEnd(String period) {
		Matcher matcher = PERIOD.matcher(period);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (matcher.group(2) == null) {
			return Optional.of(LocalDate.of(year, 12, 31));
		}
		int number = Integer.parseInt(matcher.group(3));
		int lastMonth = switch (matcher.group(2)) {
			case "K", "Q" -> number * 3;
			case "H" -> number * 6;
			default -> number;
		};
		if (lastMonth < 1 || lastMonth > 12) {
			return Optional.empty();
		}
		return Optional.of(YearMonth.of(year, lastMonth).atEndOfMonth());
	}

}
