package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.aarshjul.indicator.PlanIndicators.IndicatorView;
import dk.aarshjul.indicator.PlanIndicators.ValueView;
import dk.aarshjul.plan.Figures;
import dk.aarshjul.plan.IndicatorUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's indicators as one table per goal, for the documents that leave Årshjul (the journal's
 * PDF, Word): what is measured and which way is better, where it started, where it should be, the
 * latest value of the municipality and of each unit with its light, and every value in order, the
 * chart of the indicator page as text. Only values that were recorded; a series with none shows
 * none. Built here, from {@link PlanIndicators}, so that every document shows the same figures.
 */
@Service
public class IndicatorTables {

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	/** One goal's indicators: the column headings and a row of cells per indicator; a cell may hold several lines. */
	public record Table(List<String> head, List<List<String>> rows) {
	}

	private final PlanIndicators indicators;

	private final MessageSource messages;

	IndicatorTables(PlanIndicators indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	/**
	 * The table of each goal of the plan that has indicators, by the goal's id; values measured after
	 * {@code asOf} are left out (none when it is null). Goals without indicators have no table.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Table> byGoal(Long planId, LocalDate asOf) {
		List<String> head = List.of(message("indicator.table.name"), message("indicator.table.unit"),
				message("indicator.table.direction"), message("indicator.table.baseline"),
				message("indicator.table.target"), message("indicator.table.latest"), message("indicator.table.path"));
		Map<Long, List<List<String>>> rows = new LinkedHashMap<>();
		for (IndicatorView indicator : indicators.of(planId, null, null, null)) {
			rows.computeIfAbsent(indicator.goalId(), goal -> new ArrayList<>()).add(row(indicator, asOf));
		}
		Map<Long, Table> tables = new LinkedHashMap<>();
		rows.forEach((goal, ofGoal) -> tables.put(goal, new Table(head, List.copyOf(ofGoal))));
		return tables;
	}

	private List<String> row(IndicatorView indicator, LocalDate asOf) {
		IndicatorUnit unit = indicator.unit();
		// the municipality's own values first, then each unit's, each oldest first (as PlanIndicators gives them)
		Map<String, List<ValueView>> series = indicator.values()
			.stream()
			.filter(value -> asOf == null || !value.measuredOn().isAfter(asOf))
			.sorted(Comparator.comparing((ValueView value) -> value.unitId() != null))
			.collect(Collectors.groupingBy(ValueView::unitName, LinkedHashMap::new, Collectors.toList()));
		String latest;
		String path;
		if (series.isEmpty()) {
			latest = message("indicator.table.noValues");
			path = "–";
		}
		else {
			latest = series.values()
				.stream()
				.map(values -> values.get(values.size() - 1))
				.map(value -> message("indicator.table.latestValue", value.unitName(), figure(value.value(), unit),
						DATE.format(value.measuredOn()), message("indicator.light." + value.light().name())))
				.collect(Collectors.joining("\n"));
			path = series.entrySet()
				.stream()
				.map(entry -> message("indicator.table.pathOf", entry.getKey(), entry.getValue()
					.stream()
					.map(value -> message("indicator.table.valueOn", Figures.format(value.value()),
							DATE.format(value.measuredOn())))
					.collect(Collectors.joining(" → "))))
				.collect(Collectors.joining("\n"));
		}
		String unitName = message("indicator.unit." + unit.name());
		return List.of(indicator.name(), unitName.isBlank() ? "–" : unitName,
				message("indicator.direction." + indicator.direction().name()),
				indicator.baselineValue() == null ? "–" : dated(figure(indicator.baselineValue(), unit), indicator.baselineDate()),
				dated(figure(indicator.targetValue(), unit), indicator.targetDate()), latest, path);
	}

	private String dated(String figure, LocalDate date) {
		return date == null ? figure : message("indicator.table.valueOn", figure, DATE.format(date));
	}

	/**
	 * 5 %, 1.250 kr., 12 dage, never broken between figure and unit; a count or another unit as the
	 * bare figure (the unit column names it).
	 */
	private String figure(BigDecimal value, IndicatorUnit unit) {
		return message("indicator.table.figure." + unit.name(), Figures.format(value));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, DANISH);
	}

}
