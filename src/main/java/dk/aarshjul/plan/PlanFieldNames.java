package dk.aarshjul.plan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A plan's field path ({@code focusAreas[1].goals[0].measure}) in Danish ("Indsatsområde 2, mål 1: Målemetode"). */
final class PlanFieldNames {

	private static final Pattern GOAL = Pattern.compile("focusAreas\\[(\\d+)]\\.goals\\[(\\d+)]\\.?(\\w*)");

	private static final Pattern AREA = Pattern.compile("focusAreas\\[(\\d+)]\\.?(\\w*)");

	private PlanFieldNames() {
	}

	static String describe(String field, MessageSource messages) {
		Locale locale = LocaleContextHolder.getLocale();
		Matcher goal = GOAL.matcher(field);
		if (goal.matches()) {
			return messages.getMessage("plan.field.goal", new Object[] { Integer.parseInt(goal.group(1)) + 1,
					Integer.parseInt(goal.group(2)) + 1, name(goal.group(3), messages) }, locale);
		}
		Matcher area = AREA.matcher(field);
		if (area.matches()) {
			return messages.getMessage("plan.field.area",
					new Object[] { Integer.parseInt(area.group(1)) + 1, name(area.group(2), messages) }, locale);
		}
		return name(field.replaceAll("\\W.*$", ""), messages);
	}

	private static String name(String property, MessageSource messages) {
		return messages.getMessage("plan.table.field." + property, null, property, LocaleContextHolder.getLocale());
	}

}
