package dk.aarshjul.overview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.aarshjul.indicator.IndicatorTables;
import dk.aarshjul.organisation.MunicipalityName;
import dk.aarshjul.organisation.Person;
import dk.aarshjul.organisation.PersonRepository;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanEntry;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan and a unit's plan as Word documents (.docx), for the secretariat that edits the
 * council's version. Headings use Word's own heading styles (Title, heading 1, heading 2), so
 * Word's navigation pane, table of contents and the municipality's template pick them up.
 */
@Component
class WordDocuments {

	static final String TITLE = "Title";

	static final String HEADING_1 = "Heading1";

	static final String HEADING_2 = "Heading2";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final MunicipalityName municipality;

	private final PersonRepository people;

	private final IndicatorTables indicators;

	private final MessageSource messages;

	WordDocuments(MunicipalityName municipality, PersonRepository people, IndicatorTables indicators,
			MessageSource messages) {
		this.municipality = municipality;
		this.people = people;
		this.indicators = indicators;
		this.messages = messages;
	}

	/**
	 * The plan: focus areas in priority order, each with its director, strategy and goals, and the
	 * goals' indicators with the values noted so far.
	 */
	byte[] plan(CycleRecord.View view) {
		StrategyPlan plan = view.plan();
		Map<Long, IndicatorTables.Table> tables = indicators.byGoal(plan.getId(), null);
		try (XWPFDocument document = document(plan)) {
			paragraph(document, TITLE, plan.getTitle() + " " + view.cycle().getCycleYear());
			paragraph(document, null, subtitle(plan));
			if (plan.getIntroduction() != null) {
				paragraph(document, null, plan.getIntroduction());
			}
			for (FocusArea area : view.focusAreas()) {
				paragraph(document, HEADING_1, area.getPriority() + ". " + area.getTitle());
				if (area.getResponsibleDirector() != null) {
					paragraph(document, null, message("word.responsible", nameOf(area.getResponsibleDirector())));
				}
				focusAreaTexts(document, area);
				goals(document, area.getGoals(), tables);
			}
			return bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A unit's plan: per focus area of the plan, what the unit does (or why it does not apply). */
	byte[] unitPlan(CycleRecord.View view, UnitPlan unitPlan, String unitName) {
		StrategyPlan plan = view.plan();
		Map<Long, IndicatorTables.Table> tables = indicators.byGoal(plan.getId(), null);
		try (XWPFDocument document = document(plan)) {
			paragraph(document, TITLE, message("word.unitPlan.title", unitName));
			paragraph(document, null, plan.getTitle() + " " + view.cycle().getCycleYear() + " · " + subtitle(plan));
			paragraph(document, null, message("word.unitPlan.status", message("unitPlan.status." + unitPlan.getStatus())));
			for (FocusArea area : view.focusAreas()) {
				paragraph(document, HEADING_1, area.getPriority() + ". " + area.getTitle());
				UnitPlanEntry entry = unitPlan.getEntries().stream()
					.filter(candidate -> candidate.getFocusArea().getId().equals(area.getId()))
					.findFirst()
					.orElse(null);
				paragraph(document, HEADING_2, message("word.unitPlan.action"));
				paragraph(document, null, entry == null ? message("matrix.missing")
						: entry.applies() ? entry.getAction()
								: message("matrix.notApplicable", entry.getNotApplicableReason()));
				goals(document, area.getGoals(), tables);
			}
			return bytes(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private XWPFDocument document(StrategyPlan plan) {
		XWPFDocument document = new XWPFDocument();
		XWPFStyles styles = document.createStyles();
		styles.addStyle(heading(TITLE, "Title", -1, 52));
		styles.addStyle(heading(HEADING_1, "heading 1", 0, 32));
		styles.addStyle(heading(HEADING_2, "heading 2", 1, 26));
		document.getProperties().getCoreProperties().setTitle(plan.getTitle());
		document.getProperties().getCoreProperties().setCreator(municipality.orElse(plan.getMunicipality()));
		return document;
	}

	/**
	 * A paragraph style under Word's built-in name ("heading 1" …): Word treats a style of that name
	 * as its own heading, with the outline level that puts it in the navigation pane.
	 */
	private static XWPFStyle heading(String id, String name, int outlineLevel, int halfPoints) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewNext().setVal("Normal");
		style.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		paragraph.addNewKeepNext();
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
		if (outlineLevel >= 0) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		CTRPr run = style.addNewRPr();
		run.addNewB();
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewColor().setVal("00527A");
		return new XWPFStyle(style);
	}

	private void focusAreaTexts(XWPFDocument document, FocusArea area) {
		if (area.getStrategy() != null) {
			paragraph(document, HEADING_2, message("word.strategy"));
			paragraph(document, null, area.getStrategy());
		}
		if (area.getSpecialForYear() != null) {
			paragraph(document, HEADING_2, message("word.specialForYear"));
			paragraph(document, null, area.getSpecialForYear());
		}
	}

	/**
	 * The goals as a table: what, how measured, the target, by when; the header row repeats on each
	 * page. Under it a table for each goal that has indicators.
	 */
	private void goals(XWPFDocument document, List<Goal> goals, Map<Long, IndicatorTables.Table> indicatorTables) {
		paragraph(document, HEADING_2, message("word.goals"));
		if (goals.isEmpty()) {
			paragraph(document, null, message("word.goals.none"));
			return;
		}
		XWPFTable table = document.createTable(goals.size() + 1, 4);
		table.setWidth("100%");
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		String[] headings = { message("word.goal"), message("word.measure"), message("word.target"),
				message("word.dueDate") };
		for (int column = 0; column < headings.length; column++) {
			var run = header.getCell(column).getParagraphs().get(0).createRun();
			run.setBold(true);
			run.setText(headings[column]);
		}
		for (int i = 0; i < goals.size(); i++) {
			Goal goal = goals.get(i);
			XWPFTableRow row = table.getRow(i + 1);
			row.getCell(0).setText(goal.getDescription());
			row.getCell(1).setText(orEmpty(goal.getMeasure()));
			row.getCell(2).setText(orEmpty(goal.getTarget()));
			row.getCell(3).setText(format(goal.getDueDate()));
		}
		for (Goal goal : goals) {
			IndicatorTables.Table indicatorTable = indicatorTables.get(goal.getId());
			if (indicatorTable != null) {
				paragraph(document, null, message("word.indicators", goal.getDescription()));
				table(document, indicatorTable.head(), indicatorTable.rows());
			}
		}
	}

	/** A table with a bold header row that repeats on each page; a cell's lines stay lines. */
	private static void table(XWPFDocument document, List<String> head, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size() + 1, head.size());
		table.setWidth("100%");
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int column = 0; column < head.size(); column++) {
			var run = header.getCell(column).getParagraphs().get(0).createRun();
			run.setBold(true);
			run.setText(head.get(column));
		}
		for (int i = 0; i < rows.size(); i++) {
			XWPFTableRow row = table.getRow(i + 1);
			for (int column = 0; column < head.size(); column++) {
				lines(row.getCell(column).getParagraphs().get(0), rows.get(i).get(column));
			}
		}
	}

	private String subtitle(StrategyPlan plan) {
		String period = plan.getPeriodTo() == null ? message("word.periodOpen", format(plan.getPeriodFrom()))
				: format(plan.getPeriodFrom()) + "–" + format(plan.getPeriodTo());
		return message("word.subtitle", municipality.orElse(plan.getMunicipality()),
				message("plan.status." + plan.getStatus()), period);
	}

	private String nameOf(String userId) {
		return people.findById(userId).map(Person::getName).orElse(userId);
	}

	private static void paragraph(XWPFDocument document, String style, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		if (style != null) {
			paragraph.setStyle(style);
		}
		lines(paragraph, text);
	}

	/** The text in one run, a line break in it a line break in Word. */
	private static void lines(XWPFParagraph paragraph, String text) {
		String[] lines = text.split("\\R", -1);
		var run = paragraph.createRun();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

	private static byte[] bytes(XWPFDocument document) throws IOException {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.write(out);
			return out.toByteArray();
		}
	}

	private static String format(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, Locale.forLanguageTag("da-DK"));
	}

}
