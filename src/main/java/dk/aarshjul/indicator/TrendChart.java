package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dk.aarshjul.plan.Figures;
import dk.aarshjul.plan.Indicator;
import org.springframework.web.util.HtmlUtils;

/**
 * A small line chart of an indicator's values against its target, drawn on the server as SVG (no
 * script), with the same figures as rows for a table beside it: the baseline, each value by date
 * (one line per unit and one for the whole municipality), the target as a dashed line, and the
 * intermediate targets as marks. Every text in the SVG is escaped; it is meant for th:utext.
 */
public final class TrendChart {

	static final int WIDTH = 480;

	static final int HEIGHT = 200;

	private static final int LEFT = 56;

	private static final int RIGHT = 16;

	private static final int TOP = 16;

	private static final int BOTTOM = 32;

	private static final String[] SERIES_COLOURS = { "#1b4f8a", "#a0522d", "#2e7d32", "#6a1b9a", "#00695c", "#8d6e63" };

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	/** One figure of the chart, as the table alternative shows it. */
	public record Row(String series, LocalDate measuredOn, String date, String value, Light light, ValueOrigin origin,
			String source) {
	}

	/** A line of the chart: whose values, and its colour's number (CSS class series-N of the legend). */
	public record Series(String name, int colour) {
	}

	/** The chart, its legend and its table alternative. */
	public record Trend(String svg, List<Series> legend, List<Row> rows) {
	}

	/**
	 * What the values are drawn against: the baseline, the target and the intermediate targets. From
	 * the indicator as it stands, or as it was approved (the public pages draw the published version).
	 */
	public record Goalposts(BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue,
			LocalDate targetDate, List<Milestone> milestones) {

		public static Goalposts of(Indicator indicator) {
			return new Goalposts(indicator.getBaselineValue(), indicator.getBaselineDate(), indicator.getTargetValue(),
					indicator.getTargetDate(), indicator.getMilestones().stream()
						.map(milestone -> new Milestone(milestone.getDueDate(), milestone.getTargetValue()))
						.toList());
		}

	}

	/** An intermediate target: the value due by a date. */
	public record Milestone(LocalDate dueDate, BigDecimal targetValue) {
	}

	private TrendChart() {
	}

	/**
	 * @param seriesName the Danish name of a value's series: the unit's name, or the municipality's
	 * for a value without unit
	 */
	public static Trend of(Indicator indicator, List<IndicatorValue> values, Function<String, String> seriesName,
			String title) {
		return of(Goalposts.of(indicator), values, seriesName, title);
	}

	/** The chart of these values against these goalposts. */
	public static Trend of(Goalposts indicator, List<IndicatorValue> values, Function<String, String> seriesName,
			String title) {
		List<IndicatorValue> sorted = values.stream()
			.sorted(Comparator.comparing(IndicatorValue::getMeasuredOn).thenComparing(IndicatorValue::getId,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
		Map<String, List<IndicatorValue>> series = new LinkedHashMap<>();
		sorted.forEach(value -> series.computeIfAbsent(seriesName.apply(value.getUnitId()), name -> new ArrayList<>()).add(value));

		List<LocalDate> dates = new ArrayList<>();
		List<BigDecimal> figures = new ArrayList<>();
		sorted.forEach(value -> {
			dates.add(value.getMeasuredOn());
			figures.add(value.getValue());
		});
		figures.add(indicator.targetValue());
		if (indicator.baselineValue() != null && indicator.baselineDate() != null) {
			dates.add(indicator.baselineDate());
			figures.add(indicator.baselineValue());
		}
		if (indicator.targetDate() != null) {
			dates.add(indicator.targetDate());
		}
		for (Milestone milestone : indicator.milestones()) {
			dates.add(milestone.dueDate());
			figures.add(milestone.targetValue());
		}
		LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElse(LocalDate.of(2000, 1, 1));
		LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElse(first);
		if (!last.isAfter(first)) {
			last = first.plusDays(1);
		}
		double low = figures.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
		double high = figures.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
		double pad = Math.max((high - low) * 0.1, Math.abs(high) * 0.05 + 0.5);
		double bottom = low - pad;
		double top = high + pad;
		if (top - bottom >= 2) {
			bottom = Math.floor(bottom);
			top = Math.ceil(top);
		}
		Scale scale = new Scale(first, last, bottom, top);

		StringBuilder svg = new StringBuilder();
		String escapedTitle = HtmlUtils.htmlEscape(title, "UTF-8");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
			.append("\"><title>").append(escapedTitle).append("</title>");
		// axes and the lowest and highest figure as labels
		svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#555", null))
			.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#555", null));
		svg.append(text(LEFT - 6, scale.y(scale.high) + 4, "end", number(BigDecimal.valueOf(scale.high))))
			.append(text(LEFT - 6, scale.y(scale.low) + 4, "end", number(BigDecimal.valueOf(scale.low))))
			.append(text(LEFT, HEIGHT - 10, "start", first.format(DANISH_DATE)))
			.append(text(WIDTH - RIGHT, HEIGHT - 10, "end", last.format(DANISH_DATE)));
		double targetY = scale.y(indicator.targetValue().doubleValue());
		svg.append(line(LEFT, targetY, WIDTH - RIGHT, targetY, "#2e7d32", "6 4"))
			.append(text(WIDTH - RIGHT, targetY - 4, "end", "Mål " + number(indicator.targetValue())));
		for (Milestone milestone : indicator.milestones()) {
			svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" fill=\"#2e7d32\"/>",
					scale.x(milestone.dueDate()) - 3, scale.y(milestone.targetValue().doubleValue()) - 3));
		}
		if (indicator.baselineValue() != null && indicator.baselineDate() != null) {
			svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"none\" stroke=\"#555\"/>",
					scale.x(indicator.baselineDate()), scale.y(indicator.baselineValue().doubleValue())));
		}
		int colour = 0;
		List<Series> legend = new ArrayList<>();
		for (Map.Entry<String, List<IndicatorValue>> entry : series.entrySet()) {
			int number = colour++ % SERIES_COLOURS.length;
			String stroke = SERIES_COLOURS[number];
			legend.add(new Series(entry.getKey(), number));
			StringBuilder points = new StringBuilder();
			for (IndicatorValue value : entry.getValue()) {
				double x = scale.x(value.getMeasuredOn());
				double y = scale.y(value.getValue().doubleValue());
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
				svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s</title></circle>",
						x, y, stroke, HtmlUtils.htmlEscape(entry.getKey() + ", " + value.getMeasuredOn().format(DANISH_DATE)
								+ ": " + number(value.getValue()), "UTF-8")));
			}
			svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(stroke)
				.append("\" points=\"").append(points.toString().strip()).append("\"/>");
		}
		svg.append("</svg>");

		List<Row> rows = new ArrayList<>();
		if (indicator.baselineValue() != null && indicator.baselineDate() != null) {
			rows.add(new Row("Udgangspunkt", indicator.baselineDate(), indicator.baselineDate().format(DANISH_DATE),
					number(indicator.baselineValue()), null, null, null));
		}
		series.forEach((name, ofSeries) -> ofSeries.forEach(value -> rows.add(new Row(name, value.getMeasuredOn(),
				value.getMeasuredOn().format(DANISH_DATE), number(value.getValue()), value.getLight(), value.getOrigin(),
				value.getSource()))));
		return new Trend(svg.toString(), legend, rows);
	}

	/** A figure as a Dane writes it: 4,5 and 1.250 (at most two decimals). */
	public static String number(BigDecimal value) {
		return Figures.format(value);
	}

	private static String line(double x1, double y1, double x2, double y2, String stroke, String dash) {
		return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>", x1, y1,
				x2, y2, stroke, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
	}

	private static String text(double x, double y, String anchor, String content) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\">%s</text>", x, y,
				anchor, HtmlUtils.htmlEscape(content, "UTF-8"));
	}

	private record Scale(LocalDate first, LocalDate last, double low, double high) {

		double x(LocalDate date) {
			double span = ChronoUnit.DAYS.between(first, last);
			return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(first, date) / span;
		}

		double y(double value) {
			return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low);
		}

	}

}
