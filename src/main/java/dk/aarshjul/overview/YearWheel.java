package dk.aarshjul.overview;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The årshjul itself, drawn on the server as SVG: the year as a wheel of months starting at the
 * top, the cycle's dates as marks on the rim, today as a hand, and each running plan as a dot at
 * the deadline it is working towards. Text is escaped: plan titles are user input.
 */
@Component
public class YearWheel {

	/** A date on the wheel and what happens then. */
	public record Mark(LocalDate date, String label) {
	}

	/** A plan on the wheel: where it is heading, and what to call it. */
	public record Position(LocalDate heading, String label) {
	}

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private static final int SIZE = 360;

	private static final double CENTRE = SIZE / 2.0;

	private static final double RIM = 150;

	public String draw(int year, LocalDate today, List<Mark> marks, List<Position> plans, String title) {
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
			.append("\" role=\"img\" aria-labelledby=\"wheel-title\" class=\"wheel\">");
		svg.append("<title id=\"wheel-title\">").append(escape(title)).append("</title>");
		svg.append(circle(RIM, "#f2f4f5", "#00527a", 3));
		for (int month = 1; month <= 12; month++) {
			LocalDate first = LocalDate.of(year, month, 1);
			double angle = angle(first);
			svg.append(line(angle, RIM - 150 + 40, RIM, "#9aa5ab", 1));
			double middle = angle(first.plusDays(first.lengthOfMonth() / 2));
			svg.append(text(middle, RIM - 18, first.getMonth().getDisplayName(TextStyle.SHORT, DANISH), "month"));
		}
		for (Mark mark : marks) {
			if (mark.date() != null && mark.date().getYear() == year) {
				double angle = angle(mark.date());
				svg.append("<g><title>").append(escape(mark.label() + " " + mark.date())).append("</title>");
				svg.append(dot(angle, RIM, 6, "#00527a")).append("</g>");
			}
		}
		double ring = RIM - 40;
		for (Position plan : plans) {
			if (plan.heading() != null && plan.heading().getYear() == year) {
				svg.append("<g><title>").append(escape(plan.label())).append("</title>");
				svg.append(dot(angle(plan.heading()), ring, 5, "#ffbf47")).append("</g>");
				ring = ring <= 50 ? RIM - 40 : ring - 8;
			}
		}
		if (today.getYear() == year) {
			svg.append(line(angle(today), 0, RIM + 6, "#8a1c1c", 3));
		}
		svg.append(circle(6, "#8a1c1c", "#8a1c1c", 1));
		svg.append("<text x=\"").append(CENTRE).append("\" y=\"").append(CENTRE + 28)
			.append("\" text-anchor=\"middle\" class=\"year\">").append(year).append("</text>");
		return svg.append("</svg>").toString();
	}

	/** Degrees clockwise from the top, 1 January at twelve o'clock. */
	static double angle(LocalDate date) {
		return 360.0 * (date.getDayOfYear() - 1) / date.lengthOfYear();
	}

	private static String circle(double radius, String fill, String stroke, int width) {
		return svg("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"/>", CENTRE, CENTRE, radius, fill, stroke, width);
	}

	private static String line(double angle, double from, double to, String colour, int width) {
		return svg("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%d\"/>", 
				x(angle, from), y(angle, from), x(angle, to), y(angle, to), colour, width);
	}

	private static String dot(double angle, double radius, double size, String colour) {
		return svg("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#1d1d1b\"/>", x(angle, radius), y(angle, radius), size, colour);
	}

	private static String text(double angle, double radius, String text, String cssClass) {
		return svg("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" dominant-baseline=\"middle\" class=\"%s\">%s</text>", x(angle, radius), y(angle, radius), cssClass, escape(text));
	}

	/** Numbers in SVG take a decimal point, whatever the server's locale. */
	private static String svg(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

	private static double x(double angle, double radius) {
		return CENTRE + radius * Math.sin(Math.toRadians(angle));
	}

	private static double y(double angle, double radius) {
		return CENTRE - radius * Math.cos(Math.toRadians(angle));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text == null ? "" : text);
	}

}
