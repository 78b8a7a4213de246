package dk.aarshjul.cycle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.approval.CommitteeDecision;
import dk.aarshjul.approval.CommitteeDecisionRepository;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.consultation.ConsultationStatement;
import dk.aarshjul.consultation.ConsultationStatementRepository;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.followup.StatusReportRepository;
import dk.aarshjul.followup.StatusRound;
import dk.aarshjul.followup.StatusRoundRepository;
import dk.aarshjul.notification.NotificationProcess;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.Goal;
import dk.aarshjul.plan.PlanStatus;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.InvalidTaskInputException;
import dk.aarshjul.translation.UnitPlan;
import dk.aarshjul.translation.UnitPlanRepository;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The yearly cycle of Demo Kommune's plan, driven as its people would in Tasklist: each path of
 * the cycle, with the real models, DMN tables, listeners and database (H2 and PostgreSQL, see
 * the subclasses).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class StrategyCycleProcessTests {

	static final String PLAN = "DEMO-STRATEGI";

	static final List<String> UNITS = List.of("laering", "skoler", "dagtilbud", "job", "sundhed", "handicap",
			"faellesskab", "vaekst", "oekonomi", "hr");

	@Autowired
	ProcessEngine engine;

	@Autowired
	CycleDriver cycle;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	UnitPlanRepository unitPlans;

	@Autowired
	StatusReportRepository statusReports;

	@Autowired
	StatusRoundRepository statusRounds;

	@Autowired
	ConsultationStatementRepository statements;

	@Autowired
	CommitteeDecisionRepository decisions;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	StrategyCycleRepository cycles;

	@BeforeEach
	void useThisEngine() {
		AbstractAssertions.init(engine);
		cycle.moveClockTo(LocalDate.of(2026, 12, 1));
	}

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void straightThroughToTwoFollowUpRoundsAndNextYearsDraft() {
		ProcessInstance instance = cycle.start("olivia", CycleDriver.calendar(PLAN, 2030));
		String key = "DEMO-STRATEGI-2030";
		assertThat(instance).hasBusinessKey(key).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_DRAFTING);

		cycle.draftReady(key);
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_MED_CONSULTATION);
		assertThat(plan(key).getStatus()).isEqualTo(PlanStatus.IN_CONSULTATION);

		cycle.complete("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("Hovedudvalget bakker op."));
		cycle.complete("mikkel", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Tak, vi tilføjer trivsel."));
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_POLITICAL_APPROVAL);
		assertThat(plan(key).getStatus()).isEqualTo(PlanStatus.IN_POLITICAL_REVIEW);

		cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		assertThat(instance).isWaitingAt(StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS);
		assertThat(plan(key).getStatus()).isEqualTo(PlanStatus.APPROVED);

		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key, Map.of());
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitTranslationProcess.KEY)
			.processInstanceBusinessKeyLike(key + "-%").count()).isEqualTo(UNITS.size());
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitTranslationProcess.KEY)
			.processInstanceBusinessKey(key + "-skoler").count()).isOne();

		UNITS.forEach(unit -> {
			writeUnitPlan(unit, key, false);
			approveUnitPlan(unit, key);
		});
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_FOLLOW_UP_ROUND);
		assertThat(plan(key).getStatus()).isEqualTo(PlanStatus.IN_FOLLOW_UP);
		assertThat(unitPlans.findByPlanId(plan(key).getId())).filteredOn(unitPlan -> unitPlan.getCycleYear() == 2030)
			.hasSize(UNITS.size())
			.allSatisfy(unitPlan -> assertThat(unitPlan.getStatus()).isEqualTo(UnitPlan.Status.APPROVED));

		followUpRound(key, LocalDate.of(2030, 6, 30));
		followUpRound(key, LocalDate.of(2030, 12, 31));
		assertThat(statusReports.findByPlanIdOrderByPeriodEndAscUnitIdAsc(plan(key).getId()))
			.filteredOn(report -> report.getPeriodEnd().getYear() == 2030)
			.hasSize(2 * UNITS.size());
		assertThat(statusRounds.findByPlanIdOrderByPeriodEndAsc(plan(key).getId()))
			.filteredOn(round -> round.getPeriodEnd().getYear() == 2030)
			.extracting(StatusRound::getBoardComment, StatusRound::getNotedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Alt er grønt.", "tove"),
					org.assertj.core.groups.Tuple.tuple("Alt er grønt.", "tove"));
		assertThat(statements.findByPlanIdOrderByRecordedAtAsc(plan(key).getId()))
			.filteredOn(statement -> statement.getCycleYear() == 2030)
			.extracting(ConsultationStatement::getStatement, ConsultationStatement::getBoardAnswer)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Hovedudvalget bakker op.", "Tak, vi tilføjer trivsel."));

		cycle.complete("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, key,
				StrategyCycleProcess.Variables.EVALUATION.with("Året lykkedes; budgettet holdt.")
					.and(StrategyCycleProcess.Variables.NEXT_YEAR, true));
		assertThat(instance).isEnded().hasPassed(StrategyCycleProcess.SERVICE_TASK_PREPARE_NEXT_YEAR_DRAFT);
		StrategyPlan next = plans.findByCodeAndYear(PLAN, 2031).orElseThrow();
		assertThat(next.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(next.getPreviousPlan().getId()).isEqualTo(plan(key).getId());
		assertThat(plan(key).getStatus()).isEqualTo(PlanStatus.EVALUATED);
		assertThat(next.getPeriodFrom()).as("next year's draft has next year's period").isEqualTo(LocalDate.of(2031, 1, 1));
		transaction.executeWithoutResult(status -> assertThat(plans.findByCodeAndYear(PLAN, 2031).orElseThrow()
			.getFocusAreas()
			.stream()
			.flatMap(area -> area.getGoals().stream())
			.map(Goal::getDueDate)
			.filter(date -> date != null)).as("no goal carried over with a date before it").allMatch(date -> date.getYear() >= 2031));
	}

	@Test
	void boardWritesTheDraftAsRowsAndEveryProblemIsNamedAtOnce() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "UDKAST", "municipality": "Demo Kommune", "title": "Udkast-plan",
				  "year": 2027, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2027-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "mikkel",
				                    "goals": [ { "description": "Mindre fravær" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("UDKAST", 2027));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "UDKAST-2027");
		List<Map<String, Object>> shown = cycle.rowsOf(draft, "draft");
		assertThat(shown).extracting(row -> row.get("title")).containsExactly("Trivsel");
		assertThat(shown.get(0).get("responsibleDirector")).isEqualTo("mikkel");
		assertThat(shown.get(0).get("goals").toString()).contains("Mindre fravær");
		assertThat(DraftingProcess.Variables.DIRECTORS.from(tasks.getVariables(draft.getId())).toString()).contains("\"name\":\"Mikkel");

		Map<String, Object> bad = cycle.submitted("draft", List.of(
				CycleDriver.draftArea("Trivsel", "olivia",
						List.of(CycleDriver.draftGoal("Mindre fravær", "Sygefravær", "Højst 5 %", "31-12-2027"))),
				CycleDriver.draftArea("", "", List.of(CycleDriver.draftGoal("", "Km", "", "")))));
		assertThatThrownBy(() -> cycle.complete("karen", draft, bad))
			.hasMessageContaining("Indsatsområde 1: Olivia Berg er ikke medlem af direktionen.")
			.hasMessageContaining("Indsatsområde 1, mål 1: Frist skal være en dato (dd.mm.åååå), ikke \"31-12-2027\".")
			.hasMessageContaining("Indsatsområde 2: Titel skal udfyldes.")
			.hasMessageContaining("Indsatsområde 2, mål 1: Beskrivelse skal udfyldes.");
		assertThat(transfer.export(plan("UDKAST-2027").getId()).focusAreas()).extracting(area -> area.title())
			.containsExactly("Trivsel");

		// the second area is put first: priority is the order of the rows
		cycle.complete("karen", draft, cycle.submitted("draft", List.of(
				CycleDriver.draftArea("Grøn omstilling", "sofie",
						List.of(CycleDriver.draftGoal("Færre kørte kilometer", "", "", ""),
								CycleDriver.draftGoal("LED i alle bygninger", "", "", "30.6.2028"))),
				CycleDriver.draftArea("Trivsel", "mikkel",
						List.of(CycleDriver.draftGoal("Mindre fravær", "Sygefravær", "Højst 5 %", "2027-12-31"))))));

		transaction.executeWithoutResult(status -> {
			StrategyPlan revised = plan("UDKAST-2027");
			assertThat(revised.getFocusAreas()).extracting(FocusArea::getTitle).containsExactly("Grøn omstilling", "Trivsel");
			assertThat(revised.getFocusAreas()).extracting(FocusArea::getResponsibleDirector).containsExactly("sofie", "mikkel");
			assertThat(revised.getFocusAreas().get(1).getGoals().get(0).getTarget()).isEqualTo("Højst 5 %");
			assertThat(revised.getFocusAreas().get(0).getGoals()).extracting(Goal::getDueDate)
				.containsExactly(null, LocalDate.of(2028, 6, 30));
		});
	}

	@Test
	void thePlansPeriodFollowsTheCycleYearAndGoalsCarriedOverWithLastPeriodsDatesMoveWithIt() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "FOELGER", "municipality": "Demo Kommune", "title": "Periodeplan",
				  "year": 2040, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2040-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "mikkel",
				                    "goals": [ { "description": "Sidste års mål", "dueDate": "2040-12-31" },
				                               { "description": "Et mål i den nye periode", "dueDate": "2047-06-30" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));

		cycle.start("olivia", CycleDriver.calendar("FOELGER", 2047));

		transaction.executeWithoutResult(status -> {
			StrategyPlan plan = plans.findFirstByCodeOrderByYearDesc("FOELGER").orElseThrow();
			assertThat(plan.getPeriodFrom()).isEqualTo(LocalDate.of(2047, 1, 1));
			assertThat(plan.getPeriodTo()).isNull();
			assertThat(plan.getFocusAreas().get(0).getGoals()).extracting(Goal::getDueDate)
				.containsExactly(LocalDate.of(2047, 12, 31), LocalDate.of(2047, 6, 30));
		});
		// a period the board chose that covers the cycle's year stays
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "FLERAARIG", "municipality": "Demo Kommune", "title": "Flerårig plan",
				  "year": 2045, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2045-01-01", "periodTo": "2048-12-31",
				  "focusAreas": [ { "title": "Trivsel", "goals": [ { "description": "Et mål", "dueDate": "2046-12-31" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("FLERAARIG", 2047));
		transaction.executeWithoutResult(status -> {
			StrategyPlan plan = plans.findFirstByCodeOrderByYearDesc("FLERAARIG").orElseThrow();
			assertThat(plan.getPeriodFrom()).isEqualTo(LocalDate.of(2045, 1, 1));
			assertThat(plan.getPeriodTo()).isEqualTo(LocalDate.of(2048, 12, 31));
			assertThat(plan.getFocusAreas().get(0).getGoals().get(0).getDueDate()).isEqualTo(LocalDate.of(2046, 12, 31));
		});
	}

	@Test
	void aGoalDueBeforeThePlansPeriodIsRefusedByNameAndNothingIsSaved() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "FRISTER", "municipality": "Demo Kommune", "title": "Fristplan",
				  "year": 2048, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2048-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "mikkel",
				                    "goals": [ { "description": "Mindre fravær", "dueDate": "2048-12-31" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		cycle.start("olivia", CycleDriver.calendar("FRISTER", 2048));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "FRISTER-2048");

		Map<String, Object> early = cycle.submitted("draft", List.of(
				CycleDriver.draftArea("Trivsel <b>*</b>", "mikkel",
						List.of(CycleDriver.draftGoal("Mindre fravær", "Sygefravær", "Højst 5 %", "31.12.2047"),
								CycleDriver.draftGoal("Flere i job", "", "", "1.1.2048"))),
				CycleDriver.draftArea("Grøn omstilling", "sofie",
						List.of(CycleDriver.draftGoal("Færre kørte kilometer", "", "", "2017-12-31")))));
		assertThatThrownBy(() -> cycle.complete("karen", draft, early))
			.hasMessageContaining("Indsatsområde 1 »Trivsel <b>*</b>«, mål 1 »Mindre fravær«: fristen 31.12.2047 "
					+ "ligger før planens periode, som begynder 01.01.2048.")
			.hasMessageContaining("Indsatsområde 2 »Grøn omstilling«, mål 1 »Færre kørte kilometer«: fristen 31.12.2017")
			.hasMessageNotContaining("Flere i job");

		assertThat(tasks.createTaskQuery().taskId(draft.getId()).count()).as("still drafting").isOne();
		transaction.executeWithoutResult(status -> {
			StrategyPlan plan = plans.findFirstByCodeOrderByYearDesc("FRISTER").orElseThrow();
			assertThat(plan.getFocusAreas()).extracting(FocusArea::getTitle).containsExactly("Trivsel");
			assertThat(plan.getFocusAreas().get(0).getGoals()).extracting(Goal::getDueDate)
				.containsExactly(LocalDate.of(2048, 12, 31));
		});

		cycle.complete("karen", draft, cycle.submitted("draft", List.of(CycleDriver.draftArea("Trivsel", "mikkel",
				List.of(CycleDriver.draftGoal("Mindre fravær", "Sygefravær", "Højst 5 %", "31.12.2048"))))));
		assertThat(cycle.sees("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, "FRISTER-2048")).isTrue();
	}

	@Test
	void everyFormShowsWhatItDecidesOnEscaped() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "FAKTA", "municipality": "Demo Kommune", "title": "Faktaplan",
				  "year": 2052, "kind": "ANNUAL_AGREEMENT", "periodFrom": "2052-01-01",
				  "focusAreas": [ { "title": "Trivsel", "responsibleDirector": "mikkel",
				                    "strategy": "Vi styrker *trivslen* <b>sammen</b>",
				                    "specialForYear": "Sygefraværet [halveres]",
				                    "goals": [ { "description": "Mindre fravær", "measure": "Sygefravær_pct",
				                                 "target": "Højst 5 %", "dueDate": "2052-09-30" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		String key = "FAKTA-2052";
		cycle.start("olivia", CycleDriver.calendar("FAKTA", 2052));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());

		Task comment = cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key);
		assertThat(DraftingProcess.Variables.DRAFT_PAGE_LINK.from(tasks.getVariables(comment.getId())))
			.isEqualTo("[Se udkastet til planen på planens side i Årshjul](/aarshjul/FAKTA-2052)");
		cycle.complete("anders", comment, DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Fint."));
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key, DraftingProcess.Variables.READY.with(true));
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("<script>alert(1)</script> *Vigtigt*\nAnden linje"));
		Task answer = cycle.taskFor("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key);
		assertThat(MedConsultationProcess.Variables.STATEMENT_TEXT.from(tasks.getVariables(answer.getId())))
			.isEqualTo("<script>alert(1)</script> *Vigtigt*\nAnden linje");
		cycle.complete("karen", answer,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Vi [tager] det til _efterretning_."));

		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		String hearing = PoliticalApprovalProcess.Variables.HEARING_SUMMARY.from(tasks.getVariables(decision.getId()));
		assertThat(hearing).isEqualTo("**Hovedudvalgets høringssvar**\n\n"
				+ "&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*Vigtigt\\*  \nAnden linje\n\n"
				+ "**Direktionens svar**\n\nVi \\[tager\\] det til \\_efterretning\\_\\.");
		String plan = CycleVariables.PLAN_SUMMARY.from(tasks.getVariables(decision.getId()));
		assertThat(plan).contains("Vi styrker \\*trivslen\\* &lt;b&gt;sammen&lt;/b&gt;")
			.contains("Særligt for året: Sygefraværet \\[halveres\\]")
			.contains("Mindre fravær – Højst 5 % (måles ved: Sygefravær\\_pct) (senest 30.09.2052)");
		cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(List.of("job"))));

		Task write = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");
		List<Map<String, Object>> facts = cycle.rowsOf(write.getId(), "focusAreaFacts");
		assertThat(facts).hasSize(1);
		assertThat(facts.get(0)).containsEntry("strategy", "Vi styrker *trivslen* <b>sammen</b>")
			.containsEntry("specialForYear", "Sygefraværet [halveres]");
		assertThat(facts.get(0).get("goals")).isEqualTo(List.of(Map.of("description", "Mindre fravær", "measure",
				"Sygefravær_pct", "target", "Højst 5 %", "dueDate", "30.09.2052")));
		cycle.complete("dorthe", write, cycle.unitPlanOf(write, "Vi gør det."));

		Task review = cycle.taskFor(CycleDriver.reviewerOf("job"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
				key + "-job");
		assertThat(CycleVariables.PLAN_SUMMARY.from(tasks.getVariables(review.getId())))
			.contains("Mindre fravær – Højst 5 %");
	}

	@Test
	void noStatementByTheDeadlineClosesTheHearingAndTheBoardAdjustsTheDraft() {
		ProcessInstance instance = cycle.start("olivia", CycleDriver.calendar(PLAN, 2032));
		String key = "DEMO-STRATEGI-2032";
		cycle.draftReady(key);
		assertThat(cycle.sees("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key)).isTrue();

		// the deadline, 1 February 2032, is a Sunday: the hearing stays open all Monday
		cycle.moveClockTo(LocalDate.of(2032, 2, 2));
		assertThat(cycle.sees("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key)).isTrue();
		cycle.moveClockTo(LocalDate.of(2032, 2, 3));

		assertThat(cycle.sees("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key)).isFalse();
		Task answer = cycle.taskFor("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key);
		assertThat(MedConsultationProcess.Variables.STATEMENT_TEXT.from(tasks.getVariables(answer.getId())))
			.isEqualTo("Hovedudvalget afgav ikke høringssvar inden fristen.");
		assertThat(statements.findByPlanIdOrderByRecordedAtAsc(plan(key).getId()))
			.filteredOn(statement -> statement.getCycleYear() == 2032)
			.extracting(ConsultationStatement::isNoStatement)
			.containsExactly(true);
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_MED_CONSULTATION);

		cycle.complete("karen", answer, MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Vi tilretter selv udkastet.")
			.and(MedConsultationProcess.Variables.DRAFT_TO_ADJUST, true));
		Task adjust = cycle.taskFor("karen", MedConsultationProcess.USER_TASK_ADJUST_DRAFT, key);
		assertThat(cycle.rowsOf(adjust, "draft").get(0).get("title")).isEqualTo("Kerneopgaverne");
		cycle.complete("karen", adjust, Map.of());
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_POLITICAL_APPROVAL);
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		assertThat(PoliticalApprovalProcess.Variables.HEARING_SUMMARY.from(tasks.getVariables(decision.getId())))
			.as("the politicians see that Hovedudvalget said nothing, and what the board answered")
			.contains("Hovedudvalget har ikke afgivet en udtalelse.", "Vi tilretter selv udkastet\\.");
	}

	@Test
	void sentBackByFinanceCommitteeThenApproved() {
		ProcessInstance instance = cycle.start("olivia", CycleDriver.calendar(PLAN, 2033));
		String key = "DEMO-STRATEGI-2033";
		cycle.throughConsultation(key);

		cycle.decide("tove", key, DecisionOutcome.SENT_BACK, "Målene for sygefravær skal skærpes.");
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_DRAFTING);
		assertThat(plan(key).getStatus()).isEqualTo(PlanStatus.DRAFT);

		throughDraftingAndConsultation(key);
		cycle.decide("svend", key, DecisionOutcome.APPROVED_WITH_CHANGES, "Godkendt med skærpede mål.");

		assertThat(instance).isWaitingAt(StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS);
		assertThat(decisions.findByPlanIdOrderByRecordedAtAsc(plan(key).getId()))
			.filteredOn(decision -> decision.getCycleYear() == 2033)
			.extracting(CommitteeDecision::getOutcome)
			.containsExactly(DecisionOutcome.SENT_BACK, DecisionOutcome.APPROVED_WITH_CHANGES);
	}

	@Test
	void councilDecidesAfterFinanceCommitteeWhenTheDmnSaysSo() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "POLITISK", "municipality": "Demo Kommune", "title": "Politisk strategi",
				  "year": 2027, "kind": "POLITICAL_STRATEGY", "periodFrom": "2027-01-01",
				  "focusAreas": [ { "title": "Grøn omstilling", "goals": [ { "description": "CO2 ned" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		ProcessInstance instance = cycle.start("olivia", CycleDriver.calendar("POLITISK", 2027));
		String key = "POLITISK-2027";
		cycle.throughConsultation(key);

		cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_POLITICAL_APPROVAL);
		assertThat(cycle.sees("ulrik", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key)).as("Byrådet decides next").isTrue();
		assertThat(cycle.sees("peter", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key)).isFalse();

		cycle.decide("ulrik", key, DecisionOutcome.APPROVED, null);
		assertThat(instance).isWaitingAt(StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS);
	}

	@Test
	void unitPlanAskedForChangesTwiceThenApproved() {
		String key = "DEMO-STRATEGI-2034";
		ProcessInstance instance = cycle.untilTranslation(PLAN, key, 2034, List.of("job"));
		ProcessInstance translation = runtime.createProcessInstanceQuery().processDefinitionKey(UnitTranslationProcess.KEY)
			.processInstanceBusinessKey(key + "-job").singleResult();

		for (int round = 1; round <= 2; round++) {
			writeUnitPlan("job", key, false);
			Task review = cycle.taskFor("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key);
			// no trap: a second review starts with nothing chosen and shows last round's reason read-only
			assertThat(UnitTranslationProcess.Variables.APPROVED.from(tasks.getVariables(review.getId()))).as("outcome, round " + round).isNull();
			assertThat(UnitTranslationProcess.Variables.REVIEW_REASON.from(tasks.getVariables(review.getId()))).as("reason, round " + round).isEqualTo("");
			assertThat(UnitTranslationProcess.Variables.PREVIOUS_REVIEW_REASON.from(tasks.getVariables(review.getId())))
				.isEqualTo(round == 1 ? "" : "Gør indsatsen mere konkret (1).");
			assertThat(UnitTranslationProcess.Variables.UNIT_PLAN_SUMMARY.from(tasks.getVariables(review.getId())))
				.startsWith("**1. Kerneopgaverne**")
				.contains("*Indsats:* Vi gør det konkret i job\\.");
			cycle.complete("karen", review,
					UnitTranslationProcess.Variables.APPROVED.with(false)
						.and(UnitTranslationProcess.Variables.REVIEW_REASON, "Gør indsatsen mere konkret (" + round + ")."));
			assertThat(translation).isWaitingAt(UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN);
			assertThat(unitPlan("job", 2034).getStatus()).isEqualTo(UnitPlan.Status.CHANGES_REQUESTED);
		}
		Task third = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key);
		assertThat(third.getName()).isEqualTo("Oversæt strategiplanen – Kerneområde Job og Uddannelse – "
				+ plan(key).getTitle() + " – 2034");
		assertThat(UnitTranslationProcess.Variables.REVIEW_COMMENT.from(tasks.getVariables(third.getId()))).isEqualTo("Gør indsatsen mere konkret (2).");
		writeUnitPlan("job", key, false);
		approveUnitPlan("job", key);

		assertThat(translation).isEnded();
		assertThat(instance).isWaitingAt(StrategyCycleProcess.CALL_ACTIVITY_FOLLOW_UP_ROUND);
	}

	@Test
	void unitThatDoesNotApplyAFocusArea() {
		String key = "DEMO-STRATEGI-2035";
		cycle.untilTranslation(PLAN, key, 2035, List.of("hr"));

		writeUnitPlan("hr", key, true);
		approveUnitPlan("hr", key);

		transaction.executeWithoutResult(status -> {
			UnitPlan hr = unitPlan("hr", 2035);
			assertThat(hr.getEntries()).hasSize(5);
			assertThat(hr.getEntries()).filteredOn(entry -> !entry.applies())
				.singleElement()
				.satisfies(entry -> assertThat(entry.getNotApplicableReason())
					.isEqualTo("Staben har ingen borgerrettede opgaver."));
		});
	}

	@Test
	void departmentPlanIsReviewedByItsCoreAreaChiefNotTheManagementGroup() {
		String key = "DEMO-STRATEGI-2036";
		cycle.untilTranslation(PLAN, key, 2036, List.of("skoler", "job"));
		writeUnitPlan("skoler", key, false);
		writeUnitPlan("job", key, false);

		assertThat(cycle.sees("anders", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-skoler")).isTrue();
		assertThat(cycle.sees("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-skoler")).isFalse();
		assertThat(cycle.sees("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-job")).isTrue();
		assertThat(cycle.sees("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job")).as("another unit's task").isFalse();
	}

	@Test
	void refusedFormKeepsTheTaskOpenAndSavesNothing() {
		String key = "DEMO-STRATEGI-2037";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2037));
		cycle.throughConsultation(key);
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		int decisionsBefore = decisions.findByPlanIdOrderByRecordedAtAsc(plan(key).getId()).size();

		assertThatThrownBy(() -> cycle.complete("svend", decision,
				PoliticalApprovalProcess.Variables.DECISION.with(DecisionOutcome.SENT_BACK)
					.and(PoliticalApprovalProcess.Variables.REASONING, " ")))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessage("Skriv en begrundelse, når planen godkendes med ændringer eller sendes tilbage.");

		assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).isOne();
		assertThat(decisions.findByPlanIdOrderByRecordedAtAsc(plan(key).getId())).hasSize(decisionsBefore);
	}

	@Test
	void secondCycleNonOwnerAndDatesOutOfOrderAreRefused() {
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2038));

		assertThatThrownBy(() -> cycle.start("olivia", CycleDriver.calendar(PLAN, 2038)))
			.isInstanceOf(CycleRefusedException.class)
			.hasMessageContaining("Der kører allerede en cyklus for planen DEMO-STRATEGI i 2038");

		assertThatThrownBy(() -> cycle.start("anders", CycleDriver.calendar(PLAN, 2039)))
			.as("only process owners are granted to start a cycle")
			.isInstanceOf(AuthorizationException.class);

		Map<String, Object> backwards = new HashMap<>(CycleDriver.calendar(PLAN, 2039));
		backwards.put("consultationDeadline", "2039-01-01");
		assertThatThrownBy(() -> cycle.start("olivia", backwards)).isInstanceOf(CycleRefusedException.class)
			.hasMessageContaining("Høringsfristen skal ligge efter fristen for udkastet.");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("DEMO-STRATEGI-2039").count()).isZero();
	}

	@Test
	void everyTaskCarriesItsDueDateFromTheCalendar() {
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2040));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "DEMO-STRATEGI-2040");

		// 15 January 2040 is a Sunday: the deadline is the end of Monday
		assertThat(draft.getDueDate())
			.isEqualTo(Date.from(LocalDate.of(2040, 1, 16).atTime(23, 59).atZone(WorkingTime.ZONE).toInstant()));
		assertThat(draft.getName()).isEqualTo("Udarbejd udkast – Holbæk i Fællesskab – Koncernledelsens strategiplan 2017+ – 2040");
		assertThat(cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "DEMO-STRATEGI-2040").getName()).contains("2040");
		assertThat(draft.getName()).doesNotContain("${");
		assertThat(tasks.getVariables(draft.getId())).as("the draft's own form holds the plan; no summary is made for it")
			.doesNotContainKeys("planSummary", "planHeading");
		assertThat(cycle.sees("anders", DraftingProcess.USER_TASK_DRAFT_PLAN, "DEMO-STRATEGI-2040")).as("chiefs do not draft").isFalse();
	}

	@Test
	void draftNotReadyTwiceLocalMedDiscussesAndTheCycleEndsWithoutNextYear() {
		Map<String, Object> calendar = new HashMap<>(CycleDriver.calendar(PLAN, 2041));
		calendar.put("followUpDates", "2041-06-30");
		ProcessInstance instance = cycle.start("olivia", calendar);
		String key = "DEMO-STRATEGI-2041";
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
		cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key,
				DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Mangler mål for trivsel."));
		cycle.complete("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key,
				DraftingProcess.Variables.READY.with(false));
		assertThat(cycle.sees("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key)).as("back to drafting").isTrue();
		cycle.throughConsultation(key);
		cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(List.of("laering"))));

		Task write = cycle.taskFor("anders", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key);
		Map<String, Object> answers = cycle.everyRow(write, "focusArea", Map.of("action", "Læring og Trivsel gør det."));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, true);
		cycle.complete("anders", write, answers);
		cycle.complete("rikke", UnitTranslationProcess.USER_TASK_DISCUSS_IN_LOCAL_MED, key,
				UnitTranslationProcess.Variables.LOCAL_MED_COMMENT.with("MED bakker op."));
		Task review = cycle.taskFor(CycleDriver.reviewerOf("laering"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key);
		assertThat(UnitTranslationProcess.Variables.LOCAL_MED_COMMENT.from(tasks.getVariables(review.getId()))).as("the reviewer reads MED's comment")
			.isEqualTo("MED bakker op.");
		approveUnitPlan("laering", key);

		cycle.moveClockTo(LocalDate.of(2041, 6, 30));
		Task report = cycle.taskFor("anders", FollowUpRoundProcess.USER_TASK_REPORT_STATUS, key);
		cycle.complete("anders", report,
				cycle.everyRow(report, "goal", Map.of("light", "YELLOW", "comment", "Forsinket af ny lovgivning.")));
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key,
				Map.of("boardStatusComment", "Gult."));
		cycle.complete("svend", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key, Map.of("statusNoted", true));
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, key,
				StrategyCycleProcess.Variables.EVALUATION.with("Planen fortsætter uændret.")
					.and(StrategyCycleProcess.Variables.NEXT_YEAR, false));

		assertThat(instance).isEnded().hasPassed(StrategyCycleProcess.END_EVENT_CYCLE_COMPLETED).hasNotPassed(StrategyCycleProcess.SERVICE_TASK_PREPARE_NEXT_YEAR_DRAFT);
	}

	/** Runs last: together the tests above have taken every flow node of every process. */
	@Test
	@Order(Integer.MAX_VALUE)
	void everyFlowNodeOfEveryProcessHasBeenCovered() {
		for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
			if (definition.getKey().equals(NotificationProcess.KEY)) {
				// mail runs as jobs on this model's service task, never as instances (notification.MailJobs)
				continue;
			}
			List<String> flowNodes = engine.getRepositoryService()
				.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(FlowNode.class)
				.stream()
				.map(FlowNode::getId)
				.toList();
			List<String> passed = engine.getHistoryService()
				.createHistoricActivityInstanceQuery()
				.processDefinitionId(definition.getId())
				.list()
				.stream()
				.map(HistoricActivityInstance::getActivityId)
				.distinct()
				.toList();
			assertThat(passed).as("flow nodes passed in %s", definition.getKey()).containsAll(flowNodes);
		}
	}

	private void throughDraftingAndConsultation(String key) {
		cycle.throughConsultation(key);
	}

	private void writeUnitPlan(String unit, String key, boolean lastFocusAreaDoesNotApply) {
		String leader = leaderOf(unit);
		Task task = cycle.taskFor(leader, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + unit);
		int last = cycle.rows(task, "focusArea");
		Map<String, Object> answers = cycle.answerRows(task, "focusArea",
				row -> lastFocusAreaDoesNotApply && row == last
						? Map.of("notApplicable", true, "reason", "Staben har ingen borgerrettede opgaver.")
						: Map.of("action", "Vi gør det konkret i " + unit + ".", "notApplicable", false));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, false);
		cycle.complete(leader, task, answers);
	}

	private void approveUnitPlan(String unit, String key) {
		String reviewer = List.of("skoler", "dagtilbud").contains(unit) ? "anders" : "karen";
		cycle.complete(reviewer, UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-" + unit,
				UnitTranslationProcess.Variables.APPROVED.with(true));
	}

	private void followUpRound(String key, LocalDate date) {
		cycle.moveClockTo(date);
		for (String unit : UNITS) {
			String leader = leaderOf(unit);
			Task task = tasks.createTaskQuery()
				.taskCandidateUser(leader)
				.taskDefinitionKey(FollowUpRoundProcess.USER_TASK_REPORT_STATUS)
				.processInstanceBusinessKey(key)
				.list()
				.stream()
				.filter(candidate -> unit.equals(CycleVariables.UNIT.from(tasks.getVariables(candidate.getId()))))
				.findFirst()
				.orElseThrow();
			cycle.complete(leader, task, cycle.everyRow(task, "goal", Map.of("light", "GREEN")));
		}
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key,
				Map.of("boardStatusComment", "Alt er grønt."));
		cycle.complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key, Map.of("statusNoted", true));
	}

	private String leaderOf(String unit) {
		return engine.getIdentityService()
			.createUserQuery()
			.memberOfGroup(CamundaGroups.unitChief(unit))
			.singleResult()
			.getId();
	}

	/** The plan a cycle runs on: the newest plan with the code when the cycle started. */
	private StrategyPlan plan(String key) {
		return plans.findById(cycles.findByBusinessKey(key).orElseThrow().getPlan().getId()).orElseThrow();
	}

	private UnitPlan unitPlan(String unit, int year) {
		return unitPlans.findByPlanIdAndUnitIdAndCycleYear(plan(PLAN + "-" + year).getId(), unit, year).orElseThrow();
	}

}
