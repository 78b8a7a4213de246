package dk.aarshjul.audit;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.CycleRescheduling;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A whole cycle leaves a complete audit trail — every statement, decision, unit plan, status,
 * moved date and escalation, with who, when and why — which nothing can change afterwards, and
 * which the API hands out as JSON and CSV.
 */
@H2Test
class AuditTrailTests {

	private static final String PLAN = "DEMO-STRATEGI";

	private static final String KEY = "DEMO-STRATEGI-2079";

	@Autowired
	CycleDriver cycle;

	@Autowired
	dk.aarshjul.organisation.ExecutiveBoard board;

	@Autowired
	CycleRescheduling rescheduling;

	@Autowired
	AuditEntryRepository entries;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	TaskService tasks;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void aWholeCycleLeavesACompleteTrailThatCannotBeChangedAndIsExported() throws Exception {
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2079));
		rescheduling.move(KEY, "financeCommitteeMeeting", LocalDate.of(2079, 2, 21), "=Mødet er flyttet en dag.", "olivia");
		cycle.draftReady(KEY);
		cycle.complete("rikke", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, KEY,
				MedConsultationProcess.Variables.STATEMENT.with("Husk trivslen."));
		cycle.complete("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, KEY,
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Trivsel er tilføjet."));
		cycle.decide("svend", KEY, DecisionOutcome.APPROVED, null);
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_CHOOSE_TRANSLATING_UNITS, KEY,
				StrategyCycleProcess.Variables.TRANSLATING_UNITS.with(cycle.jsonOf(List.of("sundhed"))));
		writeUnitPlan();
		cycle.complete("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-sundhed",
				UnitTranslationProcess.Variables.APPROVED.with(false)
					.and(UnitTranslationProcess.Variables.REVIEW_REASON, "Gør det mere konkret."));
		writeUnitPlan();
		cycle.complete("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, KEY + "-sundhed",
				UnitTranslationProcess.Variables.APPROVED.with(true));
		followUpRound(LocalDate.of(2079, 6, 30), LocalDate.of(2079, 7, 20));
		followUpRound(LocalDate.of(2079, 12, 31), null);
		cycle.complete("karen", StrategyCycleProcess.USER_TASK_EVALUATE_PLAN, KEY,
				StrategyCycleProcess.Variables.EVALUATION.with("Et godt år.")
					.and(StrategyCycleProcess.Variables.NEXT_YEAR, false));

		Long cycleId = cycles.findByBusinessKey(KEY).orElseThrow().getId();
		List<AuditEntry> trail = entries.findByCycleIdOrderByRecordedAtAscIdAsc(cycleId);
		Set<AuditAction> recorded = trail.stream().map(AuditEntry::getAction).collect(Collectors.toSet());
		assertThat(recorded).as("every kind of thing that happened")
			// publishing on the public pages is a process owner's choice, not a step of the cycle (PublicPagesTests);
			// the demo context journalises nothing outside Årshjul (adapter none): JournalFolderDeliveryTests
			// a release's migration is no step of the cycle either (UpgradeTests)
			.containsAll(EnumSet.complementOf(EnumSet.of(AuditAction.NO_STATEMENT, AuditAction.ESCALATED_FOR_FOUR_EYES,
					AuditAction.PLAN_PUBLISHED, AuditAction.PLAN_WITHDRAWN, AuditAction.JOURNAL_DELIVERED,
					AuditAction.RELEASE_MIGRATED, AuditAction.RELEASE_NOT_MIGRATED)));
		assertThat(trail).filteredOn(entry -> entry.getAction() == AuditAction.DECISION)
			.singleElement()
			.satisfies(decision -> assertThat(decision.getActor()).isEqualTo("svend"));
		assertThat(trail).filteredOn(entry -> entry.getAction() == AuditAction.UNIT_PLAN_SENT_BACK)
			.singleElement()
			.satisfies(review -> {
				assertThat(review.getActor()).isEqualTo("karen");
				assertThat(review.getReason()).isEqualTo("Gør det mere konkret.");
			});
		assertThat(trail).filteredOn(entry -> entry.getAction() == AuditAction.DEADLINE_MOVED)
			.singleElement()
			.satisfies(move -> assertThat(move.getActor()).isEqualTo("olivia"));
		assertThat(trail).extracting(AuditEntry::getRecordedAt).isSorted();

		AuditEntry first = trail.get(0);
		transaction.executeWithoutResult(status -> {
			AuditEntry managed = entityManager.find(AuditEntry.class, first.getId());
			overwrite(managed, "reason", "Rettet bagefter.");
			overwrite(managed, "actor", "mallory");
		});
		assertThat(jdbc.queryForMap("select actor, reason from audit_entry where id = ?", first.getId()))
			.as("an entry cannot be changed after the fact")
			.containsEntry("ACTOR", first.getActor())
			.containsEntry("REASON", first.getReason());

		mvc.perform(get("/api/cycles/" + KEY + "/audit").with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(trail.size()))
			.andExpect(jsonPath("$[0].action").value("CYCLE_STARTED"));
		mvc.perform(get("/api/cycles/" + KEY + "/audit.csv").with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidspunkt,Hvem,Brugernavn,Handling,Vedrørende,Begrundelse")))
			.andExpect(content().string(containsString("\"" + board.nameOf("svend") + "\",\"svend\",\"Politisk beslutning\"")))
			.andExpect(content().string(containsString("\"'=Mødet er flyttet en dag.\"")));
		// to one who may not see the plan, as if the cycle did not exist
		mvc.perform(get("/api/cycles/" + KEY + "/audit").with(httpBasic("dorthe", "demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/aarshjul/" + KEY).with(httpBasic("olivia", "demo")))
			.andExpect(content().string(containsString("Revisionsspor")))
			.andExpect(content().string(containsString("Gør det mere konkret.")));
	}

	/** Sundhed writes its plan, and its local MED committee discusses it. */
	private void writeUnitPlan() {
		Task task = cycle.taskFor("frida", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-sundhed");
		Map<String, Object> answers = new HashMap<>(
				cycle.everyRow(task, "focusArea", Map.of("action", "Vi gør det.", "notApplicable", false)));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, true);
		cycle.complete("frida", task, answers);
		cycle.complete("peter", UnitTranslationProcess.USER_TASK_DISCUSS_IN_LOCAL_MED, KEY + "-sundhed",
				UnitTranslationProcess.Variables.LOCAL_MED_COMMENT.with("Drøftet i MED."));
	}

	/** A follow-up round; when {@code lateUntil} is given the unit reports only after being escalated. */
	private void followUpRound(LocalDate date, LocalDate lateUntil) {
		cycle.moveClockTo(date);
		if (lateUntil != null) {
			cycle.moveClockTo(lateUntil);
		}
		Task report = cycle.taskFor("frida", FollowUpRoundProcess.USER_TASK_REPORT_STATUS, KEY);
		cycle.complete("frida", report, cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY,
				Map.of("boardStatusComment", "Alt er grønt."));
		cycle.complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY, Map.of("statusNoted", true));
	}

	private static void overwrite(Object entity, String field, Object value) {
		try {
			Field declared = entity.getClass().getDeclaredField(field);
			declared.setAccessible(true);
			declared.set(entity, value);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
