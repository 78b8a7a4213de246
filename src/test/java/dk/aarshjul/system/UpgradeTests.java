package dk.aarshjul.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.release.MigrationRun;
import dk.aarshjul.release.ModelMigration;
import dk.aarshjul.release.ReleaseMigration;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An upgrade in the middle of the year: cycles started on release 1.0.0's models (as kept under
 * src/test/resources/releases/1.0.0) stop at every kind of waiting point; then today's models are
 * deployed as a new version, the start-up migration moves every instance to it, and every cycle
 * is finished through today's forms, without a refusal or an incident. The context is one of its
 * own (the property below): it deploys versions that other tests' "latest version" must not see.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class UpgradeTests {

	static final String PLAN = "DEMO-STRATEGI";

	static final String POLITICAL = "OPGRADERING-POLITISK";

	static final Object TWO_UNITS = List.of("job", "sundhed");

	/** Who in Demo Kommune may do what; the first of them who sees a task does it. */
	static final List<String> PEOPLE = List.of("karen", "anders", "peter", "svend", "ulrik", "tove", "rikke", "mikkel",
			"sofie", "olivia");

	/** Who does a task where several may: the hearing's statement by an employee member, not by a director. */
	static final Map<String, String> FIRST = Map.of(MedConsultationProcess.USER_TASK_GIVE_STATEMENT, "peter",
			DraftingProcess.USER_TASK_COMMENT_DRAFT, "anders", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, "tove");

	@Autowired
	CycleDriver cycle;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	ReleaseMigration migration;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NodeProperties node;

	@Autowired
	List<ModelMigration> modelMigrations;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.camunda.bpm.engine.ProcessEngine engine;

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
	@Order(1)
	void everyCycleOfReleaseOneStoppedAnywhereFinishesOnTodaysModelsAfterTheMigration() {
		String old = deploy("aarshjul-1.0.0", KeptReleases.deployed("1.0.0"), UnaryOperator.identity());
		Map<String, Integer> stoppedAt = new LinkedHashMap<>();

		stoppedAt.put(start(2050), 2050); // drafting the plan
		stoppedAt.put(startAnd(2051, key -> cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of())), 2051);
		stoppedAt.put(startAnd(2052, key -> {
			cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
			cycle.complete("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key, Map.of("managementComment", "Fint."));
		}), 2052); // is the draft ready?
		stoppedAt.put(startAnd(2053, cycle::draftReady), 2053); // the hearing's statement
		stoppedAt.put(startAnd(2054, key -> {
			cycle.draftReady(key);
			cycle.complete("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key, Map.of("statement", "Godt."));
		}), 2054); // the answer to the statement
		stoppedAt.put(startAnd(2055, cycle::throughConsultation), 2055); // Økonomiudvalget decides
		stoppedAt.put(startAnd(2056, key -> {
			cycle.throughConsultation(key);
			cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		}), 2056); // choosing the units
		stoppedAt.put(startAnd(2057, key -> untilTranslation(key)), 2057); // unit plans to write
		stoppedAt.put(startAnd(2058, key -> {
			untilTranslation(key);
			writeUnitPlan(key, "job");
		}), 2058); // a unit plan under review
		stoppedAt.put(startAnd(2059, key -> {
			untilTranslation(key);
			writeUnitPlan(key, "job");
			cycle.complete(CycleDriver.reviewerOf("job"), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-job",
					Map.of("unitPlanApproved", false, "reviewReason", "Mere konkret."));
		}), 2059); // a unit plan sent back
		stoppedAt.put(startAnd(2060, key -> {
			untilTranslation(key);
			translateAndApprove(key);
		}), 2060); // waiting for the follow-up date
		stoppedAt.put(startAnd(2061, key -> {
			untilTranslation(key);
			translateAndApprove(key);
			cycle.startFollowUpRound(key, LocalDate.of(2061, 6, 30));
			Task job = cycle.statusReportOf(key, "job");
			cycle.complete(cycle.chiefOf("job"), job, cycle.everyRow(job, "goal", Map.of("light", "GREEN")));
		}), 2061); // a round with one report of two in
		stoppedAt.put(startAnd(2062, key -> {
			untilTranslation(key);
			translateAndApprove(key);
			finish(key, 2062, FollowUpRoundProcess.USER_TASK_REVIEW_STATUS);
		}), 2062); // the board reviews the round's status
		stoppedAt.put(startAnd(2063, key -> {
			untilTranslation(key);
			translateAndApprove(key);
			finish(key, 2063, StrategyCycleProcess.USER_TASK_EVALUATE_PLAN);
		}), 2063); // evaluating the year
		stoppedAt.put(startAnd(2064, key -> {
			untilTranslation(key);
			translateAndApprove(key);
			finish(key, 2064, FollowUpRoundProcess.USER_TASK_NOTE_STATUS);
		}), 2064); // Økonomiudvalget notes the status
		stoppedAt.put(startAnd(2065, key -> {
			untilTranslation(key);
			Task write = cycle.taskFor(cycle.chiefOf("job"), UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");
			Map<String, Object> plan = cycle.unitPlanOf(write, "Vi drøfter det i MED.");
			plan.put("discussInLocalMed", true);
			cycle.complete(cycle.chiefOf("job"), write, plan);
		}), 2065); // local MED discusses a unit plan
		stoppedAt.put(startAnd(2066, key -> {
			cycle.draftReady(key);
			cycle.complete("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key, Map.of("statement", "Ret målene."));
			cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key,
					Map.of("statementAnswer", "Vi tilretter.", "adjustDraft", true));
		}), 2066); // the board adjusts the draft after the hearing
		String political = politicalPlanAtTheCouncil();

		long onOld = runtime.createProcessInstanceQuery().deploymentId(old).count();
		assertThat(List.of(StrategyCycleProcess.KEY, DraftingProcess.KEY, MedConsultationProcess.KEY,
				PoliticalApprovalProcess.KEY, UnitTranslationProcess.KEY, FollowUpRoundProcess.KEY))
			.as("instances of every model of the cycle wait on release 1.0.0")
			.allSatisfy(key -> assertThat(runtime.createProcessInstanceQuery().deploymentId(old).processDefinitionKey(key).count())
				.as(key).isPositive());
		List<String> openTasks = tasks.createTaskQuery().list().stream().map(Task::getId).toList();

		String today = deploy("aarshjul-today", todaysResources(), UnaryOperator.identity());
		List<MigrationRun.MigratedInstance> fates = migration.migrateToNewest();

		assertThat(fates).hasSize((int) onOld).allSatisfy(fate -> assertThat(fate.migrated()).as(fate.toString()).isTrue());
		assertThat(runtime.createProcessInstanceQuery().deploymentId(old).count()).isZero();
		assertThat(runtime.createProcessInstanceQuery().deploymentId(today).count()).isEqualTo(onOld);
		assertThat(tasks.createTaskQuery().list()).as("the tasks open before the upgrade are still open, on today's models")
			.extracting(Task::getId)
			.containsExactlyInAnyOrderElementsOf(openTasks);
		MigrationRun report = migration.runs().get(0);
		assertThat(report.targetDeploymentId()).isEqualTo(today);
		assertThat(report.finishedAt()).isNotNull();
		assertThat(report.migrated()).isEqualTo(onOld);
		assertThat(report.notMigrated()).isZero();
		assertThat(auditOf(PLAN + "-2057")).extracting(AuditEntry::getAction).contains(AuditAction.RELEASE_MIGRATED);
		assertThat(migration.migrateToNewest()).as("once").isEmpty();

		stoppedAt.forEach((key, year) -> finish(key, year, null));
		finish(political, 2027, null);
		assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
	}

	/**
	 * A release whose model cannot take an instance where it waits (the task it waits in is gone)
	 * leaves that instance on its version, where it finishes, and says why; the rest move on. The
	 * migration to a deployment is claimed by one node; the same node takes up its own claim again
	 * after a crash.
	 */
	@Test
	@Order(2)
	void anInstanceThatCannotBeMigratedFinishesOnItsVersion() {
		String key = startAnd(2070, key2 -> cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key2, Map.of()));
		ProcessInstance drafting = runtime.createProcessInstanceQuery().processDefinitionKey(DraftingProcess.KEY)
			.processInstanceBusinessKey(key).singleResult();
		String renamed = deploy("aarshjul-renamed-comment", todaysResources(),
				xml -> xml.replace("userTask_commentDraft", "userTask_commentTheDraft"));

		jdbc.update("insert into release_migration (target_deployment_id, node, started_at) values (?, ?, current_timestamp)",
				renamed, "another-node");
		assertThat(migration.migrateToNewest()).as("another node's claim").isEmpty();
		assertThat(runtime.createProcessInstanceQuery().deploymentId(renamed).count()).isZero();

		// that node was this one, before it crashed half-way
		jdbc.update("update release_migration set node = ? where target_deployment_id = ?", node.nodeId(), renamed);
		List<MigrationRun.MigratedInstance> fates = migration.migrateToNewest();

		assertThat(fates).filteredOn(fate -> fate.processInstanceId().equals(drafting.getId()))
			.singleElement()
			.satisfies(fate -> {
				assertThat(fate.migrated()).isFalse();
				assertThat(fate.reason()).contains("userTask_commentDraft");
			});
		assertThat(fates).filteredOn(fate -> fate.processKey().equals(StrategyCycleProcess.KEY)).isNotEmpty()
			.allSatisfy(fate -> assertThat(fate.migrated()).isTrue());
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(drafting.getId()).singleResult()
			.getProcessDefinitionId()).isEqualTo(drafting.getProcessDefinitionId());
		assertThat(auditOf(key)).filteredOn(entry -> entry.getAction() == AuditAction.RELEASE_NOT_MIGRATED)
			.singleElement()
			.satisfies(entry -> assertThat(entry.getReason()).startsWith("Bliver på version"));

		finish(key, 2070, null);
		assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
	}

	@Test
	@Order(0)
	void everyModelHasAMigrationPlan() {
		assertThat(modelMigrations).extracting(ModelMigration::processKey)
			.containsExactlyInAnyOrderElementsOf(repository.createProcessDefinitionQuery().latestVersion().list().stream()
				.map(ProcessDefinition::getKey)
				.toList());
	}

	/** The report names every running cycle: administrators only. */
	@Test
	@Order(3)
	void administratorsReadTheMigrationReportAndNobodyElse() throws Exception {
		mvc.perform(get("/admin/migrering").with(user("karen").authorities(new SimpleGrantedAuthority("GROUP_direktion"))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.message").value("Kun administratorer kan se migreringsrapporten."))
			.andExpect(jsonPath("$.runs").doesNotExist());
		mvc.perform(get("/admin/migrering")).andExpect(status().isUnauthorized());

		mvc.perform(get("/admin/migrering")
			.with(user("admin").authorities(new SimpleGrantedAuthority("GROUP_" + CamundaGroups.ADMINISTRATORS))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runs.length()").value(2))
			.andExpect(jsonPath("$.runs[0].notMigrated").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
			.andExpect(jsonPath("$.runs[0].instances[?(@.migrated == false)].reason",
					org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.containsString("userTask_commentDraft"))))
			.andExpect(jsonPath("$.runs[1].notMigrated").value(0))
			.andExpect(jsonPath("$.runs[1].instances[?(@.businessKey == 'DEMO-STRATEGI-2059-job')].migrated").value(true));
	}

	/**
	 * Whoever changes a model changes its migration plan with it: every activity where an instance of
	 * a kept release can wait (a task, a called process, a timer or message, an asynchronous step)
	 * has an instruction to today's version of its model, and the plan is one Camunda accepts.
	 */
	@Test
	@Order(4)
	void everyWaitingPointOfAKeptReleaseHasAnInstructionToTodaysModels() {
		List<String> missing = new ArrayList<>();
		for (String version : KeptReleases.versions()) {
			if (KeptReleases.allMigrated(version)) {
				continue;
			}
			String kept = deploy("plan-check-" + version, KeptReleases.deployed(version), UnaryOperator.identity());
			String today = deploy("plan-check-today", todaysResources(), UnaryOperator.identity());
			for (ProcessDefinition source : repository.createProcessDefinitionQuery().deploymentId(kept).list()) {
				ProcessDefinition target = repository.createProcessDefinitionQuery().deploymentId(today)
					.processDefinitionKey(source.getKey()).singleResult();
				ModelMigration plan = modelMigrations.stream().filter(m -> m.processKey().equals(source.getKey()))
					.findFirst().orElse(null);
				if (target == null || plan == null) {
					missing.add(version + " " + source.getKey() + ": no model or no migration plan today");
					continue;
				}
				java.util.Set<String> mapped;
				try {
					mapped = plan.instructions(runtime.createMigrationPlan(source.getId(), target.getId()), source, target)
						.build().getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
						.collect(java.util.stream.Collectors.toSet());
				}
				catch (RuntimeException ex) {
					missing.add(version + " " + source.getKey() + ": " + ex.getMessage());
					continue;
				}
				repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class).stream()
					.filter(UpgradeTests::canBeWaitedIn)
					.map(FlowNode::getId)
					.filter(activity -> !mapped.contains(activity))
					.forEach(activity -> missing.add(version + " " + source.getKey() + ": " + activity));
			}
		}
		assertThat(missing).as("waiting points without a migration instruction").isEmpty();
	}

	private static boolean canBeWaitedIn(FlowNode node) {
		return node instanceof UserTask || node instanceof ReceiveTask || node instanceof CallActivity
				|| node instanceof SubProcess || node instanceof IntermediateCatchEvent || node instanceof BoundaryEvent
				|| node instanceof EventBasedGateway || node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter();
	}

	private String start(int year) {
		Map<String, Object> calendar = new HashMap<>(CycleDriver.calendar(PLAN, year));
		calendar.put("followUpDates", year + "-06-30");
		cycle.start("olivia", calendar);
		return PLAN + "-" + year;
	}

	private String startAnd(int year, java.util.function.Consumer<String> until) {
		String key = start(year);
		until.accept(key);
		return key;
	}

	private void untilTranslation(String key) {
		cycle.throughConsultation(key);
		cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, key,
				Map.of("translatingUnits", cycle.jsonOf(TWO_UNITS)));
	}

	private void writeUnitPlan(String key, String unit) {
		Task write = cycle.taskFor(cycle.chiefOf(unit), UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + unit);
		cycle.complete(cycle.chiefOf(unit), write, cycle.unitPlanOf(write, "Vi gør det i " + unit + "."));
	}

	private void translateAndApprove(String key) {
		for (String unit : List.of("job", "sundhed")) {
			writeUnitPlan(key, unit);
			cycle.complete(CycleDriver.reviewerOf(unit), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-" + unit,
					Map.of("unitPlanApproved", true));
		}
	}

	/** A political plan that Økonomiudvalget has approved and Byrådet has yet to decide on. */
	private String politicalPlanAtTheCouncil() {
		transfer.importJson(new ByteArrayInputStream("""
				{ "code": "OPGRADERING-POLITISK", "municipality": "Demo Kommune", "title": "Politisk strategi",
				  "year": 2027, "kind": "POLITICAL_STRATEGY", "periodFrom": "2027-01-01",
				  "focusAreas": [ { "title": "Grøn omstilling", "goals": [ { "description": "CO2 ned" } ] } ] }
				""".getBytes(StandardCharsets.UTF_8)));
		Map<String, Object> calendar = new HashMap<>(CycleDriver.calendar(POLITICAL, 2027));
		calendar.put("followUpDates", "2027-06-30");
		cycle.start("olivia", calendar);
		String key = POLITICAL + "-2027";
		cycle.throughConsultation(key);
		cycle.decide("svend", key, DecisionOutcome.APPROVED, null);
		assertThat(cycle.sees("ulrik", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key)).isTrue();
		return key;
	}

	/**
	 * Completes the cycle's open tasks one by one, each by the first person who sees it, with the
	 * answers a straight year gives, and starts the follow-up round when its date has come; until
	 * the cycle has ended, or waits at {@code untilTask}.
	 */
	private void finish(String key, int year, String untilTask) {
		ProcessInstance root = runtime.createProcessInstanceQuery().processDefinitionKey(StrategyCycleProcess.KEY)
			.processInstanceBusinessKey(key).singleResult();
		for (int step = 0; step < 100; step++) {
			if (runtime.createProcessInstanceQuery().processInstanceId(root.getId()).count() == 0) {
				assertThat(root).isEnded();
				return;
			}
			List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyLike(key + "%").orderByTaskCreateTime().asc().list();
			if (untilTask != null && open.stream().anyMatch(task -> task.getTaskDefinitionKey().equals(untilTask))) {
				return;
			}
			if (open.isEmpty()) {
				cycle.startFollowUpRound(key, LocalDate.of(year, 6, 30));
				continue;
			}
			Task task = open.get(0);
			cycle.complete(whoSees(task), task, answers(task));
		}
		throw new AssertionError(key + " did not finish");
	}

	private String whoSees(Task task) {
		List<String> people = new ArrayList<>(PEOPLE);
		if (FIRST.containsKey(task.getTaskDefinitionKey())) {
			people.add(0, FIRST.get(task.getTaskDefinitionKey()));
		}
		Object unit = tasks.getVariable(task.getId(), CycleVariables.UNIT_ID);
		if (unit != null) {
			people.add(0, cycle.chiefOf(unit.toString()));
			people.add(1, CycleDriver.reviewerOf(unit.toString()));
		}
		Object excluded = tasks.getVariableLocal(task.getId(), CycleVariables.EXCLUDED_DECIDERS);
		people.removeAll(excluded == null ? List.of() : List.of(excluded.toString().split(",")));
		return people.stream()
			.filter(user -> tasks.createTaskQuery().taskId(task.getId()).taskCandidateUser(user).count() > 0)
			.findFirst()
			.orElseThrow(() -> new AssertionError("nobody sees " + task.getTaskDefinitionKey()));
	}

	private Map<String, Object> answers(Task task) {
		return switch (task.getTaskDefinitionKey()) {
			case DraftingProcess.USER_TASK_COMMENT_DRAFT -> Map.of("managementComment", "Fint udkast.");
			case DraftingProcess.USER_TASK_MARK_DRAFT_READY -> Map.of("draftReady", true);
			case MedConsultationProcess.USER_TASK_GIVE_STATEMENT -> Map.of("statement", "Ingen bemærkninger.");
			case MedConsultationProcess.USER_TASK_ANSWER_STATEMENT -> Map.of("statementAnswer", "Taget til efterretning.");
			case PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN -> Map.of("decision", DecisionOutcome.APPROVED.name());
			case StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS -> Map.of("translatingUnits", cycle.jsonOf(TWO_UNITS));
			case UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN -> cycle.unitPlanOf(task, "Vi gør det.");
			case UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN -> Map.of("unitPlanApproved", true);
			case UnitTranslationProcess.USER_TASK_DISCUSS_IN_LOCAL_MED -> Map.of("localMedComment", "MED bakker op.");
			case FollowUpRoundProcess.USER_TASK_REPORT_STATUS -> cycle.everyRow(task, "goal", Map.of("light", "GREEN"));
			case FollowUpRoundProcess.USER_TASK_REVIEW_STATUS -> Map.of("boardStatusComment", "Alt er grønt.");
			case FollowUpRoundProcess.USER_TASK_NOTE_STATUS -> Map.of("statusNoted", true);
			case StrategyCycleProcess.USER_TASK_EVALUATE_PLAN -> Map.of("evaluation", "Et godt år.", "startNextYear", false);
			default -> Map.of();
		};
	}

	private List<AuditEntry> auditOf(String key) {
		return audit.findByCycleIdOrderByRecordedAtAscIdAsc(cycles.findByBusinessKey(key).orElseThrow().getId());
	}

	/** Deploys the resources as one deployment, always as a new version (no duplicate filtering), each changed by {@code change}. */
	private String deploy(String name, List<Resource> resources, UnaryOperator<String> change) {
		DeploymentBuilder deployment = repository.createDeployment().name(name);
		for (Resource resource : resources) {
			String folder = resource.getFilename().endsWith(".form") ? "forms/" : "bpmn/";
			String text = new String(KeptReleases.bytes(resource), StandardCharsets.UTF_8);
			deployment.addString(folder + resource.getFilename(), change.apply(text));
		}
		return deployment.deploy().getId();
	}

	/** What the application deploys at its start: today's bpmn/ and forms/ as the build puts them on the class path. */
	private static List<Resource> todaysResources() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<Resource> resources = new ArrayList<>();
		try {
			for (String pattern : List.of("classpath:bpmn/*.bpmn", "classpath:bpmn/*.dmn", "classpath:forms/*.form")) {
				resources.addAll(List.of(resolver.getResources(pattern)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return resources;
	}

}
