package dk.aarshjul.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.CommitteeDecision;
import dk.aarshjul.approval.CommitteeDecisionRepository;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.organisation.BodyKind;
import dk.aarshjul.organisation.BodyRepository;
import dk.aarshjul.organisation.UnitRepository;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A whole cycle with the folder adapter: one journal entry per final document, with its metadata,
 * a valid PDF/A-1b and its hash, each written once to the drop folder with its JSON, recorded in
 * the audit trail, and listed on the plan's page.
 */
@H2Test
class JournalFolderDeliveryTests {

	private static final String KEY = "DEMO-STRATEGI-2058";

	private static final List<String> UNITS = List.of("sundhed", "oekonomi");

	private static final Path DROP;

	static {
		try {
			DROP = Files.createTempDirectory("aarshjul-journal-drop");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void folderAdapter(DynamicPropertyRegistry properties) {
		properties.add("aarshjul.journal.adapter", () -> "folder");
		properties.add("aarshjul.journal.folder.directory", DROP::toString);
		properties.add("aarshjul.journal.kle.ADMINISTRATIVE_STRATEGY", () -> "00.01.10");
		properties.add("aarshjul.journal.kle.POLITICAL_STRATEGY", () -> "00.01.20");
		properties.add("aarshjul.journal.kle.default", () -> "00.01.00");
	}

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	JournalEntryRepository entries;

	@Autowired
	JournalDocumentFileRepository files;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	CommitteeDecisionRepository decisions;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	UnitRepository units;

	@Autowired
	BodyRepository bodies;

	@Autowired
	IdentityService identity;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ObjectMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		cycle.resetClock();
	}

	@Test
	void everyFinalDocumentIsJournalisedOnceAsPdfAWithItsMetadataAndDeliveredToTheFolder() throws Exception {
		cycle.moveClockTo(LocalDate.of(2057, 12, 1));
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2058));
		cycle.throughConsultation(KEY);
		assertThat(entries.findByBusinessKeyOrderByProducedAtAscIdAsc(KEY)).as("made with the statement, before any job")
			.extracting(JournalEntry::getKind, JournalEntry::getStatus)
			.containsExactly(tuple(JournalDocumentKind.MAIN_COMMITTEE_STATEMENT, JournalStatus.PENDING));
		JournalEntry waiting = entries.findByBusinessKeyOrderByProducedAtAscIdAsc(KEY).get(0);
		assertThat(waiting.getSha256()).as("rendered after the decision's commit, by its job").isNull();
		assertThat(files.findById(waiting.getId()).orElseThrow().getPdf()).isNull();
		mvc.perform(get("/aarshjul/" + KEY).with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.as("listed as waiting, with no link to a PDF that is not there yet")
				.contains(waiting.getTitle(), "afventer", "(PDF/A dannes)")
				.doesNotContain("/journal/" + waiting.getId() + ".pdf"));
		mvc.perform(get("/aarshjul/" + KEY + "/journal/" + waiting.getId() + ".pdf").with(httpBasic("olivia", "demo")))
			.andExpect(status().isNotFound());
		cycle.decide("svend", KEY, DecisionOutcome.APPROVED_WITH_CHANGES, "Med skærpet fokus på trivsel.");
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, KEY,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(UNITS)));
		for (String unit : UNITS) {
			String chief = cycle.chiefOf(unit);
			Task task = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-" + unit);
			cycle.complete(chief, task, cycle.unitPlanOf(task, "Vi gør det i " + unit + "."));
			cycle.complete(CycleDriver.reviewerOf(unit), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
					KEY + "-" + unit, UnitTranslationProcess.Variables.APPROVED.with(true)
						.and(UnitTranslationProcess.Variables.REVIEW_REASON, "Fin plan."));
		}
		for (LocalDate date : List.of(LocalDate.of(2058, 6, 30), LocalDate.of(2058, 12, 31))) {
			cycle.moveClockTo(date);
			for (String unit : UNITS) {
				Task report = cycle.statusReportOf(KEY, unit);
				cycle.complete(cycle.chiefOf(unit), report, cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
			}
			cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY,
					Map.of("boardStatusComment", "Grønt hele vejen."));
			cycle.complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY, Map.of("statusNoted", true));
		}
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, KEY,
				StrategyCycleProcess.Variables.EVALUATION.with("Året gik som planlagt.")
					.and(StrategyCycleProcess.Variables.NEXT_YEAR, false));
		// changed after the decision, before its PDF is rendered: the PDF shows the decision as it was
		jdbc.update("update strategy_cycle set evaluation = ? where business_key = ?", "Skrevet om bagefter.", KEY);
		cycle.runDueJobs();

		StrategyCycle finished = cycles.findByBusinessKey(KEY).orElseThrow();
		StrategyPlan strategyPlan = plans.findById(finished.getPlan().getId()).orElseThrow();
		List<JournalEntry> journal = entries.findByBusinessKeyOrderByProducedAtAscIdAsc(KEY);
		assertThat(journal).as("one entry per final document")
			.extracting(JournalEntry::getKind, JournalEntry::getSubjectKey)
			.containsExactlyInAnyOrder(tuple(JournalDocumentKind.APPROVED_PLAN, ""),
					tuple(JournalDocumentKind.APPROVED_UNIT_PLAN, "sundhed"),
					tuple(JournalDocumentKind.APPROVED_UNIT_PLAN, "oekonomi"),
					tuple(JournalDocumentKind.NOTED_STATUS, "2058-06-30"),
					tuple(JournalDocumentKind.NOTED_STATUS, "2058-12-31"), tuple(JournalDocumentKind.EVALUATION, ""),
					journal.stream()
						.filter(entry -> entry.getKind() == JournalDocumentKind.MAIN_COMMITTEE_STATEMENT)
						.map(entry -> tuple(entry.getKind(), entry.getSubjectKey()))
						.findFirst()
						.orElseThrow());
		String kle = switch (strategyPlan.getKind()) {
			case ADMINISTRATIVE_STRATEGY -> "00.01.10";
			case POLITICAL_STRATEGY -> "00.01.20";
			default -> "00.01.00";
		};
		CommitteeDecision approval = decisions.findByPlanIdOrderByRecordedAtAsc(strategyPlan.getId()).stream()
			.filter(decision -> decision.getCycleYear() == 2058)
			.reduce((first, second) -> second)
			.orElseThrow();
		for (JournalEntry entry : journal) {
			byte[] pdf = files.findById(entry.getId()).orElseThrow().getPdf();
			assertThat(JournalPdfA.errors(pdf)).as("PDF/A-1b: %s", entry.getTitle()).isEmpty();
			assertThat(JournalPdfA.title(pdf)).isEqualTo(entry.getTitle());
			assertThat(entry.getSha256()).isEqualTo(JournalEntries.sha256(pdf));
			assertThat(entry).extracting(JournalEntry::getPlanCode, JournalEntry::getCycleYear, JournalEntry::getKle,
					JournalEntry::getStatus, JournalEntry::getAdapter)
				.containsExactly("DEMO-STRATEGI", 2058, kle, JournalStatus.DELIVERED, JournalAdapterKind.FOLDER);
			assertThat(entry.getDescription()).isNotBlank();
			String text = JournalPdfA.text(pdf);
			assertThat(text).as("the PDF names who decided").contains(entry.getDecidedBy());
			assertThat(text).contains(strategyPlan.getTitle(), kle);

			Path delivered = DROP.resolve(entry.getFileName());
			assertThat(delivered).as("the PDF in the drop folder").exists().hasBinaryContent(pdf);
			JsonNode metadata = json.readTree(DROP.resolve(entry.getFileName().replace(".pdf", ".json")).toFile());
			assertThat(metadata.path("sha256").asText()).isEqualTo(entry.getSha256());
			assertThat(metadata.path("title").asText()).isEqualTo(entry.getTitle());
			assertThat(metadata.path("kle").asText()).isEqualTo(kle);
			assertThat(metadata.path("decisionDate").asText()).isEqualTo(entry.getDecisionDate().toString());
			assertThat(metadata.path("decidedBy").asText()).isEqualTo(entry.getDecidedBy());
			assertThat(metadata.path("year").asInt()).isEqualTo(2058);
			assertThat(metadata.path("unitName").isNull() ? null : metadata.path("unitName").asText())
				.isEqualTo(entry.getUnitName());
		}
		JournalEntry plan = only(journal, JournalDocumentKind.APPROVED_PLAN);
		assertThat(plan.getDecidedBy()).as("the last body to decide").isEqualTo("Økonomiudvalget");
		assertThat(plan.getDecisionDate()).as("its meeting").isEqualTo(approval.getMeetingDate());
		assertThat(JournalPdfA.text(pdfOf(plan))).as("the reasoning").contains("Med skærpet fokus på trivsel.");
		assertThat(JournalPdfA.text(pdfOf(plan))).as("the period as approved: the cycle's year, not the seed plan's 2017")
			.contains("Planperiode", "fra 1. januar 2058");
		JournalEntry statement = only(journal, JournalDocumentKind.MAIN_COMMITTEE_STATEMENT);
		assertThat(statement.getDecidedBy())
			.isEqualTo(bodies.findFirstByKindOrderByPosition(BodyKind.MAIN_MED_COMMITTEE).orElseThrow().getName());
		assertThat(JournalPdfA.text(pdfOf(statement))).contains("Ingen bemærkninger.");
		for (String unit : UNITS) {
			JournalEntry unitPlan = journal.stream()
				.filter(entry -> unit.equals(entry.getUnitId()))
				.findFirst()
				.orElseThrow();
			assertThat(unitPlan.getUnitName()).isEqualTo(units.findById(unit).orElseThrow().getName());
			assertThat(unitPlan.getDecidedBy()).as("the reviewer, by name")
				.isEqualTo(nameOf(CycleDriver.reviewerOf(unit)));
			assertThat(JournalPdfA.text(pdfOf(unitPlan))).contains("Vi gør det i " + unit + ".", "Fin plan.");
		}
		assertThat(journal).filteredOn(entry -> entry.getKind() == JournalDocumentKind.NOTED_STATUS)
			.allSatisfy(noted -> assertThat(noted.getDecidedBy()).isEqualTo("Økonomiudvalget"));
		JournalEntry evaluation = only(journal, JournalDocumentKind.EVALUATION);
		assertThat(evaluation.getDecidedBy()).isEqualTo(nameOf("karen"));
		assertThat(JournalPdfA.text(pdfOf(evaluation))).contains("Året gik som planlagt.")
			.doesNotContain("Skrevet om bagefter.");

		try (Stream<Path> dropped = Files.list(DROP)) {
			assertThat(dropped.map(path -> path.getFileName().toString()))
				.as("a PDF and its metadata per entry, no temporary file left")
				.hasSize(2 * journal.size())
				.allMatch(name -> name.endsWith(".pdf") || name.endsWith(".json"));
		}
		assertThat(deliveries(finished)).isEqualTo(journal.size());

		// an incident retried after its delivery committed: the entry is not delivered again
		runtime.createProcessInstanceByKey(JournalDeliveryProcess.KEY)
			.businessKey(KEY)
			.setVariable(JournalDeliveryProcess.Variables.JOURNAL_ENTRY_ID, plan.getId())
			.execute();
		Files.delete(DROP.resolve(plan.getFileName()));
		cycle.runDueJobs();
		assertThat(DROP.resolve(plan.getFileName())).doesNotExist();
		assertThat(deliveries(finished)).isEqualTo(journal.size());

		mvc.perform(get("/aarshjul/" + KEY).with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.contains("Journaliseret", plan.getTitle(), "leveret", "Mappe til sagssystemet",
						"/aarshjul/" + KEY + "/journal/" + plan.getId() + ".pdf"));
		MvcResult download = mvc
			.perform(get("/aarshjul/" + KEY + "/journal/" + plan.getId() + ".pdf").with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdfOf(plan));
		// a cycle one may not see is answered as one that does not exist
		mvc.perform(get("/aarshjul/" + KEY + "/journal/" + plan.getId() + ".pdf").with(httpBasic("dorthe", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/aarshjul/DEMO-STRATEGI-2057/journal/" + plan.getId() + ".pdf")
			.with(httpBasic("olivia", "demo"))).andExpect(status().isNotFound());

		try (Browser browser = Browser.open("journal")) {
			browser.go("http://localhost:" + port + "/login");
			browser.type(By.id("username"), "olivia");
			browser.type(By.id("password"), "demo");
			browser.click(By.cssSelector("main button[type='submit']"));
			browser.waitFor(By.tagName("h1"));
			for (int width : List.of(1400, 320)) {
				browser.resize(width, 900);
				browser.go("http://localhost:" + port + "/aarshjul/" + KEY);
				browser.waitFor(By.id("journal-heading"));
				browser.script("document.getElementById('journal-heading').scrollIntoView();");
				browser.screenshot("journaliseret-" + width);
				assertThat((Boolean) browser.script(
						"return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
					.as("nothing scrolls sideways at %d px", width)
					.isTrue();
			}
		}
	}

	private long deliveries(StrategyCycle finished) {
		return audit.findByCycleIdOrderByRecordedAtAscIdAsc(finished.getId()).stream()
			.filter(entry -> entry.getAction() == AuditAction.JOURNAL_DELIVERED)
			.count();
	}

	private byte[] pdfOf(JournalEntry entry) {
		return files.findById(entry.getId()).orElseThrow().getPdf();
	}

	private String nameOf(String userId) {
		var user = identity.createUserQuery().userId(userId).singleResult();
		return user.getFirstName() + " " + user.getLastName();
	}

	private static JournalEntry only(List<JournalEntry> journal, JournalDocumentKind kind) {
		return journal.stream().filter(entry -> entry.getKind() == kind).reduce((a, b) -> {
			throw new AssertionError("more than one " + kind);
		}).orElseThrow();
	}

}
