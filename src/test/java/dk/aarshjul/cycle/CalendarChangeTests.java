package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.deadline.TaskDeadlines;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The process owner moves a date of a running cycle: due dates, reminders, escalations and the
 * hearing's closing follow the calendar, and the change is recorded. And the calendar a new
 * cycle starts from.
 */
@H2Test
class CalendarChangeTests {

	private static final String PLAN = "DEMO-STRATEGI";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	CalendarChangeRepository changes;

	@Autowired
	TaskDeadlines deadlines;

	@Autowired
	StrategyCycleRepository cycles;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void movingTheDraftingDeadlineMovesTheTasksDueDateReminderAndEscalations() throws Exception {
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2060));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "DEMO-STRATEGI-2060");
		assertThat(draft.getDueDate()).isEqualTo(endOf(LocalDate.of(2060, 1, 15)));
		assertThat(chaseOf(draft)).containsExactly(morning(LocalDate.of(2060, 1, 12)),
				morning(LocalDate.of(2060, 1, 16)), morning(LocalDate.of(2060, 1, 23)));

		move("DEMO-STRATEGI-2060", "draftingDeadline", "2060-01-08", "Direktionsmødet er rykket en uge frem.")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.oldDate").value("2060-01-15"))
			.andExpect(jsonPath("$.newDate").value("2060-01-08"))
			.andExpect(jsonPath("$.tasks[0].taskId").value(draft.getId()));

		assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getDueDate())
			.isEqualTo(endOf(LocalDate.of(2060, 1, 8)));
		assertThat(chaseOf(draft)).containsExactly(morning(LocalDate.of(2060, 1, 5)),
				morning(LocalDate.of(2060, 1, 9)), morning(LocalDate.of(2060, 1, 16)));
		assertThat(changes.findByCycleIdOrderByChangedAtAscIdAsc(cycleId("DEMO-STRATEGI-2060")))
			.singleElement()
			.satisfies(change -> {
				assertThat(change.getField()).isEqualTo("draftingDeadline");
				assertThat(change.getOldDate()).isEqualTo(LocalDate.of(2060, 1, 15));
				assertThat(change.getNewDate()).isEqualTo(LocalDate.of(2060, 1, 8));
				assertThat(change.getChangedBy()).isEqualTo("olivia");
				assertThat(change.getReason()).isEqualTo("Direktionsmødet er rykket en uge frem.");
			});
	}

	@Test
	void movingTheConsultationDeadlineKeepsTheHearingOpenUntilTheNewDate() throws Exception {
		String key = "DEMO-STRATEGI-2061";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2061));
		cycle.draftReady(key);

		move(key, "consultationDeadline", "2061-02-15", "Hovedudvalget mødes først den 15. februar.")
			.andExpect(status().isOk());

		assertThat(cycle.taskFor("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key).getDueDate())
			.isEqualTo(endOf(LocalDate.of(2061, 2, 15)));
		cycle.moveClockTo(LocalDate.of(2061, 2, 3));
		assertThat(cycle.sees("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key)).as("the old deadline has passed").isTrue();
		cycle.moveClockTo(LocalDate.of(2061, 2, 16));
		assertThat(cycle.sees("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key)).isFalse();
		assertThat(cycle.sees("karen", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key)).isTrue();
	}

	@Test
	void aLateDraftStillGivesHovedudvalgetFourteenDays() {
		String key = "DEMO-STRATEGI-2062";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2062));
		cycle.moveClockTo(LocalDate.of(2062, 1, 28));

		cycle.draftReady(key);

		// sent Saturday 28 January: 14 days is Saturday 11 February, so the hearing ends Monday
		assertThat(cycle.taskFor("peter", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key).getDueDate())
			.isEqualTo(endOf(LocalDate.of(2062, 2, 13)));
	}

	@Test
	void onlyProcessOwnersMoveDatesAndBadChangesAreRefusedInDanishChangingNothing() throws Exception {
		String key = "DEMO-STRATEGI-2063";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2063));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);

		mvc.perform(post("/api/cycles/{key}/calendar-changes", key).with(httpBasic("karen", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\": \"draftingDeadline\", \"date\": \"2063-01-20\", \"reason\": \"Jeg vil have mere tid.\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Kun procesejere kan flytte datoer i et årshjul."));
		move(key, "deadline", "2063-01-20", "Flyttet.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Datoen blev ikke flyttet."))
			.andExpect(jsonPath("$.errors[0].field").value("field"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("findes ikke i kalenderen")));
		move(key, "draftingDeadline", "2063-02-10", "Flyttet.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consultationDeadline"))
			.andExpect(jsonPath("$.errors[0].message").value("Høringsfristen skal ligge efter fristen for udkastet."));
		move(key, "draftingDeadline", "2063-01-25", "Flyttet.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("mindst 14 dage")));
		move(key, "draftingDeadline", "2063-01-10", " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		move("DEMO-STRATEGI-1999", "draftingDeadline", "2063-01-10", "Flyttet.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Der findes intet årshjul med nøglen DEMO-STRATEGI-1999."));

		assertThat(changes.findByCycleIdOrderByChangedAtAscIdAsc(cycleId(key))).isEmpty();
		assertThat(cycles.findByBusinessKey(key).orElseThrow().getDraftingDeadline()).isEqualTo(LocalDate.of(2063, 1, 15));
		assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getDueDate())
			.isEqualTo(draft.getDueDate());
	}

	@Test
	void aWaitingFollowUpRoundMovesWithItsDateAndTheRoundsAfterItReadTheCalendar() throws Exception {
		String key = "DEMO-STRATEGI-2064";
		throughTranslation(key, 2064);
		assertThat(followUpTimer(key)).isEqualTo(morning(LocalDate.of(2064, 6, 30)));

		move(key, "firstFollowUp", "2064-07-14", "Direktionen holder ferie i slutningen af juni.")
			.andExpect(status().isOk());
		move(key, "secondFollowUp", "2064-12-15", "Byrådet holder sit sidste møde i midten af december.").andExpect(status().isOk());

		assertThat(followUpTimer(key)).isEqualTo(morning(LocalDate.of(2064, 7, 14)));
		assertThat(cycles.findByBusinessKey(key).orElseThrow().getFollowUpDates())
			.containsExactly(LocalDate.of(2064, 7, 14), LocalDate.of(2064, 12, 15));
		cycle.moveClockTo(LocalDate.of(2064, 7, 1));
		assertThat(cycle.sees("frida", FollowUpRoundProcess.USER_TASK_REPORT_STATUS, key)).as("the old date has passed").isFalse();
		cycle.moveClockTo(LocalDate.of(2064, 7, 14));
		Task report = cycle.taskFor("frida", FollowUpRoundProcess.USER_TASK_REPORT_STATUS, key);
		assertThat(CycleVariables.FOLLOW_UP.from(tasks.getVariables(report.getId()))).isEqualTo("2064-07-14");

		move(key, "firstFollowUp", "2064-07-21", "For sent.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message")
				.value("Opfølgningsrunden den 2064-07-14 er allerede i gang eller afsluttet; dens dato kan ikke flyttes."));

		cycle.complete("frida", report, cycle.everyRow(report, "goal", Map.of("light", "GREEN")));
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, key,
				Map.of("boardStatusComment", "Alt er grønt."));
		cycle.complete("tove", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, key, Map.of("statusNoted", true));
		assertThat(followUpTimer(key)).as("the second round starts on its new date")
			.isEqualTo(morning(LocalDate.of(2064, 12, 15)));
		assertThat(changes.findByCycleIdOrderByChangedAtAscIdAsc(cycleId(key)))
			.extracting(CalendarChange::getField)
			.containsExactly("firstFollowUp", "secondFollowUp");
	}

	@Test
	void followUpDatesStayInOrderAndInTheFuture() throws Exception {
		String key = "DEMO-STRATEGI-2065";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2065));
		cycle.moveClockTo(LocalDate.of(2065, 1, 10));

		move(key, "firstFollowUp", "2066-01-05", "Senere.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem(
					"Første opfølgning skal ligge før anden opfølgning.")));
		move(key, "secondFollowUp", "2065-01-05", "Tidligere.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItem(
					"En opfølgningsrunde kan ikke flyttes til en dag, der er gået.")));

		assertThat(cycles.findByBusinessKey(key).orElseThrow().getFollowUpDates())
			.containsExactly(LocalDate.of(2065, 6, 30), LocalDate.of(2065, 12, 31));
		assertThat(changes.findByCycleIdOrderByChangedAtAscIdAsc(cycleId(key))).isEmpty();
	}

	@Test
	void aCycleWithOneFollowUpRoundHasNoSecondToMove() throws Exception {
		Map<String, Object> oneRound = new HashMap<>(CycleDriver.calendar(PLAN, 2066));
		oneRound.put("followUpDates", "2066-12-15");
		cycle.start("olivia", oneRound);

		move("DEMO-STRATEGI-2066", "secondFollowUp", "2066-12-20", "Senere.").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Årshjulet har ingen anden opfølgning."));
	}

	@Test
	void aNewCycleIsProposedOnWorkingDaysWithStaggeredDeadlines() throws Exception {
		mvc.perform(get("/api/cycles/calendar-proposal").param("year", "2070").with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			// 1 February 2070 is a Saturday
			.andExpect(jsonPath("$.calendar.draftingDeadline").value("2070-02-03"))
			.andExpect(jsonPath("$.calendar.consultationDeadline").value("2070-02-17"))
			.andExpect(jsonPath("$.translation.departments").value(containsString("2070-")))
			.andExpect(jsonPath("$.basedOn").doesNotExist());

		cycle.start("olivia", CycleDriver.calendar(PLAN, 2071));
		mvc.perform(get("/api/cycles/calendar-proposal").param("year", "2072").param("planCode", PLAN)
			.with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.basedOn").value("DEMO-STRATEGI-2071"))
			.andExpect(jsonPath("$.calendar.cycleYear").value(2072))
			.andExpect(jsonPath("$.calendar.draftingDeadline").value("2072-01-15"))
			// last year's 30 April is a Saturday in 2072
			.andExpect(jsonPath("$.calendar.translationDeadline").value("2072-05-02"))
			.andExpect(jsonPath("$.translation.departments").value("2072-04-25"))
			.andExpect(jsonPath("$.translation.coreAreas").value("2072-05-02"))
			.andExpect(jsonPath("$.translation.boardReview").value("2072-05-16"));
	}

	private ResultActions move(String key, String field, String date, String reason) throws Exception {
		return mvc.perform(post("/api/cycles/{key}/calendar-changes", key).with(httpBasic("olivia", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\": \"%s\", \"date\": \"%s\", \"reason\": \"%s\"}".formatted(field, date, reason)));
	}

	/** Sundhed translates the plan and the board approves it: the first follow-up round waits for its date. */
	private void throughTranslation(String key, int year) {
		cycle.untilTranslation(PLAN, key, year, List.of("sundhed"));
		Task plan = cycle.taskFor("frida", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-sundhed");
		Map<String, Object> answers = new HashMap<>(
				cycle.everyRow(plan, "focusArea", Map.of("action", "Vi gør det.", "notApplicable", false)));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, false);
		cycle.complete("frida", plan, answers);
		cycle.complete("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-sundhed",
				UnitTranslationProcess.Variables.APPROVED.with(true));
	}

	/** When the cycle's waiting follow-up round starts (the rounds carry the cycle's business key). */
	private Date followUpTimer(String key) {
		List<Date> waiting = management.createJobQuery().activityId(FollowUpRoundProcess.TIMER_EVENT_FOLLOW_UP_DATE).timers().list().stream()
			.filter(job -> key.equals(runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
				.singleResult().getBusinessKey()))
			.map(Job::getDuedate)
			.toList();
		assertThat(waiting).as("one waiting round of %s", key).hasSize(1);
		return waiting.get(0);
	}

	/** The due dates of the task's reminder and escalation timers, in order. */
	/** When the deadline chase reminds and escalates the task, from its due date as it is now. */
	private List<Date> chaseOf(Task task) {
		Date due = tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate();
		return List.of(deadlines.reminder(due), deadlines.firstEscalation(due), deadlines.secondEscalation(due));
	}

	private Long cycleId(String key) {
		return cycles.findByBusinessKey(key).orElseThrow().getId();
	}

	private static Date endOf(LocalDate day) {
		return Date.from(day.atTime(23, 59).atZone(WorkingTime.ZONE).toInstant());
	}

	private static Date morning(LocalDate day) {
		return Date.from(day.atTime(LocalTime.of(8, 0)).atZone(WorkingTime.ZONE).toInstant());
	}

}
