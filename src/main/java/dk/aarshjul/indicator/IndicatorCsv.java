package dk.aarshjul.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.aarshjul.organisation.OrganisationDirectory;
import dk.aarshjul.plan.Figures;
import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorRepository;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A process owner's upload of values as CSV, as a spreadsheet saves it: a header
 * {@code indikator;enhed;dato;værdi;kilde} (semicolon or comma), then one value a row. The indicator
 * is named by its id or its name, the unit by its id (empty for the whole municipality), the date as
 * ÅÅÅÅ-MM-DD or DD.MM.ÅÅÅÅ, the value with a decimal comma or point. One bad row refuses the whole
 * file, naming the row; nothing is saved.
 */
@Service
public class IndicatorCsv {

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final IndicatorRepository indicators;

	private final IndicatorValues values;

	private final OrganisationDirectory organisation;

	private final MessageSource messages;

	private final int maxRows;

	IndicatorCsv(IndicatorRepository indicators, IndicatorValues values, OrganisationDirectory organisation,
			MessageSource messages, IndicatorSettings settings) {
		this.indicators = indicators;
		this.values = values;
		this.organisation = organisation;
		this.messages = messages;
		this.maxRows = settings.csvMaxRows();
	}

	@Transactional
	public List<IndicatorValue> importValues(Long planId, InputStream csv, String userId) throws IOException {
		List<Indicator> ofPlan = indicators.findByPlan(planId);
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		String header = reader.readLine();
		if (header == null) {
			throw refused(text("indicator.csv.empty"));
		}
		char separator = header.indexOf(';') >= 0 ? ';' : ',';
		List<String> names = split(stripBom(header), separator).stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
		if (!names.equals(List.of("indikator", "enhed", "dato", "værdi", "kilde"))) {
			throw refused(text("indicator.csv.header"));
		}
		List<NewValue> read = new ArrayList<>();
		String line;
		int row = 1;
		while ((line = reader.readLine()) != null) {
			row++;
			if (line.isBlank()) {
				continue;
			}
			if (read.size() >= maxRows) {
				throw refused(text("indicator.csv.tooLarge", maxRows));
			}
			read.add(parse(row, split(line, separator), ofPlan));
		}
		if (read.isEmpty()) {
			throw refused(text("indicator.csv.empty"));
		}
		try {
			return values.record(planId, read, ValueOrigin.CSV, userId);
		}
		catch (ValueRefusedException refusal) {
			throw refused(String.join(" ", refusal.problems()));
		}
	}

	private NewValue parse(int row, List<String> fields, List<Indicator> ofPlan) {
		if (fields.size() != 5) {
			throw rowRefused(row, text("indicator.csv.columns", fields.size()));
		}
		String indicatorField = fields.get(0).strip();
		Indicator indicator = find(indicatorField, ofPlan)
			.orElseThrow(() -> rowRefused(row, text("indicator.csv.indicator", indicatorField)));
		String unitField = fields.get(1).strip();
		String unitId = unitField.isEmpty() ? null : unitField;
		if (unitId != null && organisation.unit(unitId).isEmpty()) {
			throw rowRefused(row, text("indicator.csv.unit", unitField));
		}
		LocalDate measuredOn = date(fields.get(2).strip()).orElseThrow(() -> rowRefused(row, text("indicator.csv.date", fields.get(2).strip())));
		BigDecimal value = Figures.parse(fields.get(3).strip()).orElseThrow(() -> rowRefused(row, text("indicator.csv.value", fields.get(3).strip())));
		String source = fields.get(4).strip();
		NewValue read = new NewValue(indicator.getId(), unitId, measuredOn, null, value,
				source.isEmpty() ? null : source, null, null, null);
		List<String> problems = values.problems(indicator, read, values.today(), ValueOrigin.CSV);
		if (!problems.isEmpty()) {
			throw rowRefused(row, String.join(" ", problems));
		}
		return read;
	}

	private static Optional<Indicator> find(String field, List<Indicator> ofPlan) {
		return ofPlan.stream()
			.filter(indicator -> field.equals(String.valueOf(indicator.getId())) || field.equalsIgnoreCase(indicator.getName()))
			.findFirst();
	}

	static Optional<LocalDate> date(String text) {
		for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DANISH_DATE)) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException notThisFormat) {
				// try the next
			}
		}
		return Optional.empty();
	}

	/** Fields split on the separator; a field in double quotes may hold it (and "" for a quote). */
	static List<String> split(String line, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static String stripBom(String header) {
		return header.startsWith("\uFEFF") ? header.substring(1) : header;
	}

	private ValueRefusedException rowRefused(int row, String problem) {
		return refused(text("indicator.csv.row", row, problem));
	}

	private static ValueRefusedException refused(String problem) {
		return new ValueRefusedException(List.of(problem));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
