package dk.aarshjul.followup;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.indicator.IndicatorCsv;
import dk.aarshjul.journal.JournalDeliveryProcess;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.IndicatorUnit;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanKind;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan whose goal carries the seeds' indicators through two follow-up rounds: the unit types its
 * sickness absence, the rule proposes the light, another light needs a reason and red needs what is
 * being done; the board and Økonomiudvalget see the values against the target and the path since
 * the baseline; and the journal's documents (the approved plan, each noted status) carry the
 * goal's indicators as they stood at the time.
 */
@H2Test
class IndicatorRoundsTests {

	private static final int YEAR = 2081;

	private static final String KEY = "INDIKATOR-RUNDER-" + YEAR;

	private static final String UNIT = "oekonomi";

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TaskService tasks;

	@Autowired
	FormService forms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	MockMvc mvc;

	@Autowired
	IndicatorCsv csv;

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void valuesOfTwoRoundsGetTheRulesLightsAndTheBoardSeesThemAgainstTheTarget() throws Exception {
		Long planId = transfer.importDocument(plan()).getId();
		String chief = cycle.chiefOf(UNIT);
		cycle.untilTranslation("INDIKATOR-RUNDER", KEY, YEAR, List.of(UNIT));
		Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-" + UNIT);
		cycle.complete(chief, write, cycle.unitPlanOf(write, "Trivselssamtaler med alle."));
		cycle.complete(CycleDriver.reviewerOf(UNIT), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-" + UNIT,
				UnitTranslationProcess.Variables.APPROVED.with(true));

		// first round: the form asks for the unit's sickness absence only (young people in education is reported centrally)
		cycle.startFollowUpRound(KEY, LocalDate.of(YEAR, 6, 30));
		Task report = cycle.statusReportOf(KEY, UNIT);
		List<Map<String, Object>> indicators = indicatorsOf(report);
		assertThat(indicators).extracting(row -> row.get("name")).containsExactly("Sygefravær");
		assertThat(indicators.get(0)).containsEntry("target", "5").containsEntry("unit", "%").containsEntry("lowerIsBetter", true);
		long valuesBefore = values();

		// 5,4 % is within 10 % of "at most 5 %": yellow is proposed; green without a reason is refused
		assertThatThrownBy(() -> cycle.complete(chief, report, answers(report, Map.of("value", "5,4", "light", "GREEN"))))
			.hasMessageContaining("Indikatoren Sygefravær: reglen foreslår gul. Vælger du grøn, skal du skrive hvorfor.");
		// 7 % is red, and red needs what is being done
		assertThatThrownBy(() -> cycle.complete(chief, report, answers(report, Map.of("value", "7"))))
			.hasMessageContaining("Indikatoren Sygefravær er rød: skriv, hvad der bliver gjort.");
		// no figure at all, or text instead of one
		assertThatThrownBy(() -> cycle.complete(chief, report, answers(report, Map.of("value", "lidt"))))
			.hasMessageContaining("\"lidt\" er ikke et tal (indikatoren Sygefravær; brug fx 4,5)");
		assertThat(values()).isEqualTo(valuesBefore);
		assertThat(tasks.createTaskQuery().taskId(report.getId()).count()).as("the task stays open").isOne();

		cycle.complete(chief, report, answers(report, Map.of("value", "5,4", "source", "Lønsystemet")));
		assertThat(jdbc.queryForMap("select measured_value, proposed_light, light, unit_id, period_end, origin, recorded_by "
				+ "from indicator_value where period_end = ?", LocalDate.of(YEAR, 6, 30)))
			.containsEntry("PROPOSED_LIGHT", "YELLOW").containsEntry("LIGHT", "YELLOW").containsEntry("UNIT_ID", UNIT)
			.containsEntry("ORIGIN", "ENTERED").containsEntry("RECORDED_BY", chief)
			.hasEntrySatisfying("MEASURED_VALUE", value -> assertThat((BigDecimal) value).isEqualByComparingTo("5.4"));

		String review = (String) forms.getTaskFormVariables(cycle.taskFor("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY)
			.getId()).getValue("indicatorSummary", String.class);
		assertThat(review).contains("Indikatorer: værdier pr. 30.06." + YEAR)
			.contains("Sygefravær (mål: 5 %, lavere er bedre; udgangspunkt 6,2 %)")
			.contains("5,4 % (gul)");
		// the round is noted ten days after its end, when the municipality's own figure of July is in
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(YEAR, 7, 10).atTime(12, 0).atZone(WorkingTime.ZONE).toInstant()));
		csv.importValues(planId, new ByteArrayInputStream("""
				indikator;enhed;dato;værdi;kilde
				Sygefravær;;10.07.%d;5,2;Lønsystemet
				""".formatted(YEAR).getBytes(StandardCharsets.UTF_8)), "olivia");
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY, Map.of("boardStatusComment", "Gult."));
		cycle.complete("svend", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY, Map.of("statusNoted", true));

		// second round: 4,9 % meets the target; red with what is done is taken as the unit's own judgement, with a reason
		cycle.startFollowUpRound(KEY, LocalDate.of(YEAR, 12, 31));
		Task second = cycle.statusReportOf(KEY, UNIT);
		cycle.complete(chief, second, answers(second, Map.of("value", "4,9")));
		assertThat(jdbc.queryForObject("select light from indicator_value where period_end = ?", String.class,
				LocalDate.of(YEAR, 12, 31))).isEqualTo("GREEN");
		String noting = (String) forms.getTaskFormVariables(cycle.taskFor("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY)
			.getId()).getValue("indicatorSummary", String.class);
		assertThat(noting).contains("Indikatorer: værdier pr. 31.12." + YEAR).contains("4,9 % (grøn)").doesNotContain("5,4 %");
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY, Map.of("boardStatusComment", "Grønt."));
		cycle.complete("svend", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY, Map.of("statusNoted", true));
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, KEY,
				StrategyCycleProcess.Variables.EVALUATION.with("Sygefraværet faldt.")
					.and(StrategyCycleProcess.Variables.NEXT_YEAR, false));

		// the journal's documents, read back from their PDF: the goal's indicators as they stood then
		renderJournal();
		String unit = jdbc.queryForObject("select name from org_unit where id = ?", String.class, UNIT);
		assertThat(journalText("APPROVED_PLAN", "")).as("approved before anything was measured")
			.contains("Indikatorer for målet: Sygefravær på højst fem procent")
			.contains("Indikator Måleenhed Retning Udgangspunkt Mål Seneste værdi Udvikling")
			.contains("Sygefravær % lavere er bedre 6,2 % (31.12." + (YEAR - 1) + ") 5 % (31.12." + YEAR + ")")
			.contains("Ingen værdier noteret endnu")
			.doesNotContain("gul", "grøn");
		assertThat(journalText("NOTED_STATUS", YEAR + "-06-30")).as("the first round: its value, none measured after its end")
			.contains("Indikatorer for målet: Sygefravær på højst fem procent")
			.contains(unit + ": 5,4 % (30.06." + YEAR + ", gul)")
			.doesNotContain("5,2", "10.07." + YEAR, "Hele kommunen", "4,9");
		String secondNoted = journalText("NOTED_STATUS", YEAR + "-12-31");
		assertThat(secondNoted).as("the second round: the latest value with its light, and the path over both rounds")
			.contains("Sygefravær % lavere er bedre 6,2 % (31.12." + (YEAR - 1) + ") 5 % (31.12." + YEAR + ")")
			.contains("Hele kommunen: 5,2 % (10.07." + YEAR + ", gul) " + unit + ": 4,9 % (31.12." + YEAR + ", grøn)")
			.contains("Hele kommunen: 5,2 (10.07." + YEAR + ") " + unit + ": 5,4 (30.06." + YEAR + ") → 4,9 (31.12." + YEAR + ")");
		assertThat(journalText("EVALUATION", "")).as("the evaluation: the year's values")
			.contains("Sygefraværet faldt.", "Indikatorer for målet: Sygefravær på højst fem procent")
			.contains("Hele kommunen: 5,2 % (10.07." + YEAR + ", gul) " + unit + ": 4,9 % (31.12." + YEAR + ", grøn)");
		assertThat(secondNoted).as("reported centrally, and nothing noted: nothing shown")
			.contains("Unge i ungdomsuddannelse % højere er bedre 78 % (31.12." + (YEAR - 1) + ") 85 % (31.12." + YEAR
					+ ") Ingen værdier noteret endnu");
	}

	/** This cycle's journal entries rendered (and handed on), and nothing else that is due. */
	private void renderJournal() {
		List<String> deliveries;
		while (!(deliveries = runtime.createProcessInstanceQuery()
			.processDefinitionKey(JournalDeliveryProcess.KEY)
			.processInstanceBusinessKey(KEY)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList()).isEmpty()) {
			deliveries.forEach(instance -> management.createJobQuery().processInstanceId(instance).list()
				.forEach(job -> management.executeJob(job.getId())));
		}
	}

	/**
	 * The text of the cycle's journal document, as its PDF gives it to a reader, white space (no-break
	 * too) as one space; the PDF a valid PDF/A-1b with the table's arrows and spaces in it.
	 */
	private String journalText(String kind, String subjectKey) throws Exception {
		Long id = jdbc.queryForObject("select id from journal_entry where business_key = ? and kind = ? and subject_key = ?",
				Long.class, KEY, kind, subjectKey);
		byte[] pdf = mvc.perform(get("/aarshjul/" + KEY + "/journal/" + id + ".pdf").with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path file = Files.createTempFile("indicator-journal-", ".pdf");
		try {
			Files.write(file, pdf);
			ValidationResult preflight = PreflightParser.validate(file.toFile());
			assertThat(preflight.getErrorsList()).as("PDF/A-1b: %s", kind).isEmpty();
		}
		finally {
			Files.deleteIfExists(file);
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("[\\s\u00A0]+", " ");
		}
	}

	private List<Map<String, Object>> indicatorsOf(Task report) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> indicators = (List<Map<String, Object>>) cycle.rowsOf(report, "goal").get(0).get("indicators");
		return indicators;
	}

	/** Every goal green with a comment, and the first goal's indicator given these fields. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> answers(Task report, Map<String, Object> indicator) {
		List<Map<String, Object>> rows = cycle.rowsOf(report, "goal");
		rows.forEach(row -> {
			row.put("light", "GREEN");
			row.put("comment", "");
		});
		((List<Map<String, Object>>) rows.get(0).get("indicators")).get(0).putAll(indicator);
		return cycle.submitted("goal", rows);
	}

	private long values() {
		return jdbc.queryForObject("select count(*) from indicator_value", Long.class);
	}

	private static PlanDocument plan() {
		IndicatorDocument absence = new IndicatorDocument("Sygefravær", IndicatorUnit.PERCENT, IndicatorDirection.LOWER_IS_BETTER,
				new BigDecimal("6.2"), LocalDate.of(YEAR - 1, 12, 31), new BigDecimal("5"), LocalDate.of(YEAR, 12, 31), null,
				IndicatorReporter.BOTH, null, null, List.of());
		IndicatorDocument education = new IndicatorDocument("Unge i ungdomsuddannelse", IndicatorUnit.PERCENT,
				IndicatorDirection.HIGHER_IS_BETTER, new BigDecimal("78"), LocalDate.of(YEAR - 1, 12, 31), new BigDecimal("85"),
				LocalDate.of(YEAR, 12, 31), null, IndicatorReporter.CENTRAL, null, null, List.of());
		return new PlanDocument("INDIKATOR-RUNDER", "Demo Kommune", "Målt over tid", null, YEAR, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
				List.of(new FocusAreaDocument("En stærk medspiller", "Vi måler det, vi vil forbedre.", null, "karen",
						List.of(new GoalDocument("Sygefravær på højst fem procent", "Sygefravær i procent", "Højst 5 %",
								LocalDate.of(YEAR, 12, 31), List.of(absence, education))))));
	}

}
