package dk.aarshjul.overview;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The årshjul itself, drawn on the server as SVG that needs no script: twelve months starting at the
 * top, a ring per body or group (outermost Byrådet, innermost the units), each date of each cycle as
 * a mark on its ring with its Danish date beside it, and today as a hand. Every mark is a link with a
 * name (the cycle's page, or the table's row when several plans share the date), so the keyboard
 * reaches it; the same dates come back as {@link Row}s for the table that is the text alternative.
 * Text is escaped: plan titles are user input.
 */
@Component
public class YearWheel {

	/** A row of the text alternative: the same date, ring and plan as the mark. */
	public record Row(String id, LocalDate date, String day, String ring, String what, String plan, String phase,
			String href) {
	}

	/** A plan in the wheel's key: its colour, its name and the phase it is in. */
	public record Legend(int number, String colour, String title, String phase, String href) {
	}

	/** The picture and its text alternative. */
	public record Drawn(String svg, List<Row> rows, List<Legend> plans, WheelWindow window) {
	}

	static final Locale DANISH = Locale.forLanguageTag("da-DK");

	/** "15. mar.": the day and the month as Danish calendars write them short. */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMM", DANISH);

	static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("d. MMM yyyy", DANISH);

	private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", DANISH);

	/** Colours that tell plans apart and hold 3:1 against white, as marks must. */
	private static final List<String> COLOURS = List.of("#00527a", "#b35900", "#2e7d32", "#8e24aa", "#c62828",
			"#00796b", "#5d4037", "#3949ab");

	private static final int SIZE = 1000;

	private static final double CENTRE = SIZE / 2.0;

	private static final double RIM = 440;

	private static final double HUB = 150;

	/** Marks nearer than this along one ring (a date's label and a mark) take turns on an outer and an inner lane. */
	private static final double CROWDED_LENGTH = 95;

	/** A date's label after this angle runs counter-clockwise, before its mark. */
	private static final double END_OF_WINDOW_DEGREES = 335;

	private final MessageSource messages;

	YearWheel(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The wheel of the given cycles over the window, with the rings asked for (all when empty).
	 * {@code context} is the servlet context path the marks' links start with.
	 */
	public Drawn draw(WheelWindow window, LocalDate today, List<WheelCycle> cycles, Set<WheelRing> shownRings,
			String title, String context) {
		List<WheelRing> rings = List.of(WheelRing.values()).stream()
			.filter(ring -> shownRings.isEmpty() || shownRings.contains(ring))
			.toList();
		List<WheelEvent> events = new ArrayList<>();
		List<Legend> legend = new ArrayList<>();
		for (WheelCycle cycle : cycles) {
			int number = legend.size() + 1;
			List<WheelEvent> own = events(cycle, number).stream()
				.filter(event -> window.contains(event.date()) && rings.contains(event.ring()))
				.toList();
			if (!own.isEmpty()) {
				events.addAll(own);
				legend.add(new Legend(number, colour(number), cycle.title(), cycle.phaseName(), page(context, cycle)));
			}
		}
		events.sort(Comparator.comparing(WheelEvent::date).thenComparing(WheelEvent::ring)
			.thenComparing(WheelEvent::planNumber));
		List<Row> rows = new ArrayList<>();
		for (WheelEvent event : events) {
			rows.add(new Row("dato-" + (rows.size() + 1), event.date(), DAY_AND_YEAR.format(event.date()),
					ringName(event.ring()), event.what(), event.cycle().title(), event.cycle().phaseName(),
					page(context, event.cycle())));
		}
		String svg = svg(window, today, rings, events, rows, title);
		return new Drawn(svg, rows, legend, window);
	}

	/** The dates of a cycle, each on the ring of who acts then. */
	List<WheelEvent> events(WheelCycle cycle, int number) {
		List<WheelEvent> events = new ArrayList<>();
		add(events, cycle, number, cycle.draftingDeadline(), WheelRing.BOARD, message("calendar.field.draftingDeadline"));
		add(events, cycle, number, cycle.consultationDeadline(), WheelRing.MAIN_COMMITTEE,
				message("calendar.field.consultationDeadline"));
		add(events, cycle, number, cycle.financeCommitteeMeeting(), WheelRing.FINANCE_COMMITTEE,
				message("calendar.field.financeCommitteeMeeting"));
		add(events, cycle, number, cycle.councilMeeting(), WheelRing.COUNCIL, message("calendar.field.councilMeeting"));
		add(events, cycle, number, cycle.translationDeadline(), WheelRing.UNITS,
				message("calendar.field.translationDeadline"));
		cycle.followUpDates().forEach(date -> add(events, cycle, number, date, WheelRing.UNITS, message("wheel.followUp")));
		add(events, cycle, number, cycle.periodEnd(), WheelRing.BOARD, message("wheel.evaluation"));
		return events;
	}

	private static void add(List<WheelEvent> events, WheelCycle cycle, int number, LocalDate date, WheelRing ring,
			String what) {
		if (date != null) {
			events.add(new WheelEvent(date, ring, what, cycle, number));
		}
	}

	private String svg(WheelWindow window, LocalDate today, List<WheelRing> rings, List<WheelEvent> events,
			List<Row> rows, String title) {
		StringBuilder svg = new StringBuilder();
		svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"group\" class=\"wheel\" aria-labelledby=\"wheel-title\">", SIZE, SIZE));
		svg.append("<title id=\"wheel-title\">").append(escape(title)).append("</title>");
		double band = (RIM - HUB) / rings.size();
		for (int i = 0; i < rings.size(); i++) {
			svg.append(circle(RIM - i * band, i % 2 == 0 ? "#eef3f6" : "#ffffff", "#9aa5ab", 1));
		}
		svg.append(circle(HUB, "#ffffff", "#00527a", 2));
		for (LocalDate month : window.months()) {
			double angle = window.angle(month);
			svg.append(line(angle, HUB, RIM + 12, "#6b7780", 1));
			double middle = window.angle(month.plusDays(month.lengthOfMonth() / 2));
			svg.append(text(middle, RIM + 30, DateTimeFormatter.ofPattern("MMM", DANISH).format(month), "month", "middle"));
		}
		// each ring's name at the top, along its outer edge: the marks sit on the ring's middle
		for (int i = 0; i < rings.size(); i++) {
			double middle = RIM - i * band - 12;
			svg.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"middle\" class=\"ring-name\">%s</text>",
					CENTRE, CENTRE - middle, escape(ringName(rings.get(i)))));
		}
		if (window.contains(today)) {
			svg.append("<g class=\"today\">").append(line(window.angle(today), 0, RIM + 12, "#8a1c1c", 4)).append("</g>");
		}
		svg.append(circle(8, "#8a1c1c", "#8a1c1c", 1));
		String centre = window.calendarYear() ? String.valueOf(window.start().getYear())
				: MONTH_AND_YEAR.format(window.start()) + " – " + MONTH_AND_YEAR.format(window.last());
		svg.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"year%s\">%s</text>", CENTRE,
				CENTRE + 45, window.calendarYear() ? "" : " span", escape(centre)));
		if (window.contains(today)) {
			svg.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"today-text\">%s</text>", CENTRE,
					CENTRE + 80, escape(message("wheel.today", DAY.format(today)))));
		}
		marks(svg, window, today, rings, band, events, rows);
		return svg.append("</svg>").toString();
	}

	/** The marks: one per ring and date, shared by the plans that meet then; crowded ones on two lanes. */
	private void marks(StringBuilder svg, WheelWindow window, LocalDate today, List<WheelRing> rings, double band,
			List<WheelEvent> events, List<Row> rows) {
		for (int i = 0; i < rings.size(); i++) {
			WheelRing ring = rings.get(i);
			Map<LocalDate, List<Integer>> byDate = new LinkedHashMap<>();
			for (int e = 0; e < events.size(); e++) {
				if (events.get(e).ring() == ring) {
					byDate.computeIfAbsent(events.get(e).date(), date -> new ArrayList<>()).add(e);
				}
			}
			double middle = RIM - (i + 0.5) * band;
			List<LocalDate> dates = new ArrayList<>(byDate.keySet());
			boolean outer = true;
			for (int d = 0; d < dates.size(); d++) {
				double angle = window.angle(dates.get(d));
				boolean crowded = d > 0 && near(window.angle(dates.get(d - 1)), angle, middle)
						|| d + 1 < dates.size() && near(angle, window.angle(dates.get(d + 1)), middle);
				double radius = !crowded ? middle : outer ? middle + band / 4 : middle - band / 4;
				outer = crowded ? !outer : true;
				svg.append(mark(dates.get(d), angle, radius, byDate.get(dates.get(d)), events, rows, today));
			}
		}
	}

	private String mark(LocalDate date, double angle, double radius, List<Integer> indices, List<WheelEvent> events,
			List<Row> rows, LocalDate today) {
		List<WheelEvent> here = indices.stream().map(events::get).toList();
		WheelEvent first = here.get(0);
		String label = message("wheel.mark", DAY_AND_YEAR.format(date), ringName(first.ring()),
				String.join("; ", here.stream().map(event -> event.what() + ": " + event.cycle().title()).toList()));
		String href = here.size() == 1 ? rows.get(indices.get(0)).href() : "#" + rows.get(indices.get(0)).id();
		String colour = here.stream().map(WheelEvent::planNumber).distinct().count() == 1 ? colour(first.planNumber())
				: "#1d1d1b";
		boolean past = date.isBefore(today);
		double x = x(angle, radius);
		double y = y(angle, radius);
		// the date runs along the ring, not across the rings beside it, upright on the lower half too, and
		// follows its mark clockwise, except at the end of the window, where it would run into its start
		boolean upper = Math.cos(Math.toRadians(angle)) >= 0;
		boolean before = angle > END_OF_WINDOW_DEGREES;
		double rotation = upper ? angle : angle - 180;
		double offset = upper != before ? 14 : -14;
		double labelX = x + offset * Math.cos(Math.toRadians(rotation));
		double labelY = y + offset * Math.sin(Math.toRadians(rotation));
		String anchor = offset > 0 ? "start" : "end";
		StringBuilder mark = new StringBuilder();
		mark.append(format("<a href=\"%s\" class=\"mark%s\" aria-label=\"%s\" data-date=\"%s\" data-ring=\"%s\">",
				escape(href), past ? " past" : "", escape(label), date, first.ring().code()));
		mark.append("<title>").append(escape(label)).append("</title>");
		mark.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"%s\" stroke=\"%s\" stroke-width=\"3\"/>", x, y,
				past ? "#ffffff" : colour, colour));
		if (here.size() > 1) {
			mark.append(format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"central\" class=\"count%s\">%d</text>",
					x, y, past ? " past" : "", here.size()));
		}
		mark.append(format("<text x=\"%.1f\" y=\"%.1f\" transform=\"rotate(%.1f %.1f %.1f)\" text-anchor=\"%s\" dominant-baseline=\"central\" class=\"day\" aria-hidden=\"true\">%s</text>",
				labelX, labelY, rotation, labelX, labelY, anchor, escape(DAY.format(date))));
		return mark.append("</a>").toString();
	}

	private static boolean near(double angle, double later, double radius) {
		return Math.toRadians(later - angle) * radius < CROWDED_LENGTH;
	}

	static String colour(int planNumber) {
		return COLOURS.get((planNumber - 1) % COLOURS.size());
	}

	private String ringName(WheelRing ring) {
		return message("wheel.ring." + ring.code());
	}

	private static String page(String context, WheelCycle cycle) {
		return context + "/aarshjul/" + cycle.businessKey();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static String circle(double radius, String fill, String stroke, int width) {
		return format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"/>", CENTRE,
				CENTRE, radius, fill, stroke, width);
	}

	private static String line(double angle, double from, double to, String colour, int width) {
		return format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"/>",
				x(angle, from), y(angle, from), x(angle, to), y(angle, to), colour, width);
	}

	private static String text(double angle, double radius, String text, String cssClass, String anchor) {
		return format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" dominant-baseline=\"middle\" class=\"%s\">%s</text>",
				x(angle, radius), y(angle, radius), anchor, cssClass, escape(text));
	}

	/** Numbers in SVG take a decimal point, whatever the server's locale. */
	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	static double x(double angle, double radius) {
		return CENTRE + radius * Math.sin(Math.toRadians(angle));
	}

	static double y(double angle, double radius) {
		return CENTRE - radius * Math.cos(Math.toRadians(angle));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
	}

}
