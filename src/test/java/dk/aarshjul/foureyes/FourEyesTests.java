package dk.aarshjul.foureyes;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.notification.Notification;
import dk.aarshjul.notification.NotificationKind;
import dk.aarshjul.notification.NotificationRepository;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.task.InvalidTaskInputException;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nobody decides on their own work. Tried as the people would try it, through Tasklist's REST
 * calls and their own Tasklist filters: the author of a unit plan does not see its review, cannot
 * take or decide it and is told why in Danish, while another member of the reviewing group can;
 * when nobody else may decide, the task goes one leadership level up at once, on the record. The
 * same for Hovedudvalget's statement and the board's answer, and for the draft and its comment.
 */
@H2Test
class FourEyesTests {

	private static final String PLAN = "DEMO-STRATEGI";

	@Autowired
	CycleDriver cycle;

	@Autowired
	TestRestTemplate web;

	@Autowired
	TaskService tasks;

	@Autowired
	FilterService filters;

	@Autowired
	IdentityService identity;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	RepositoryService repository;

	@Autowired
	FourEyesRules rules;

	@Autowired
	MessageSource messages;

	private final ObjectMapper json = new ObjectMapper();

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void theChiefWhoWroteHisUnitsPlanCannotApproveItButAnotherMemberOfTheManagementGroupCan() throws Exception {
		String key = "DEMO-STRATEGI-2067";
		cycle.untilTranslation(PLAN, key, 2067, List.of("job"));
		writeUnitPlan("dorthe", key + "-job");
		Task review = cycle.taskFor("anders", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-job");

		assertThat(unitTasksOf("dorthe")).as("dorthe's 'Min enheds opgaver'").doesNotContain(review.getId());
		assertThat(unitTasksOf("anders")).as("anders's 'Min enheds opgaver'").contains(review.getId());

		ResponseEntity<String> claim = post("dorthe", "/engine-rest/task/" + review.getId() + "/claim",
				Map.of("userId", "dorthe"));
		assertThat(claim.getStatusCode().value()).isEqualTo(403);
		assertThat(message(claim)).isEqualTo("Du har selv skrevet og afleveret handleplanen og kan derfor ikke "
				+ "godkende den eller sende den tilbage. En anden skal afgøre den.");
		ResponseEntity<String> approve = submit("dorthe", review.getId(),
				UnitTranslationProcess.Variables.APPROVED.with(true));
		assertThat(approve.getStatusCode().value()).isEqualTo(403);
		assertThat(message(approve)).startsWith("Du har selv skrevet og afleveret handleplanen");
		ResponseEntity<String> sendBack = submit("dorthe", review.getId(),
				UnitTranslationProcess.Variables.APPROVED.with(false)
					.and(UnitTranslationProcess.Variables.REVIEW_REASON, "Jeg vil selv rette den."));
		assertThat(sendBack.getStatusCode().value()).isEqualTo(403);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("still open").isOne();

		assertThat(submit("anders", review.getId(),
				UnitTranslationProcess.Variables.APPROVED.with(true)).getStatusCode().value())
			.isEqualTo(204);
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).as("approved").isZero();
	}

	@Test
	void noMailOffersTheReviewToItsAuthor() {
		String key = "DEMO-STRATEGI-2068";
		cycle.untilTranslation(PLAN, key, 2068, List.of("job"));
		writeUnitPlan("dorthe", key + "-job");
		Task review = cycle.taskFor("anders", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-job");

		assertThat(notifications.findByTaskIdOrderById(review.getId())).extracting(Notification::getRecipientId)
			.contains("anders", "karen")
			.doesNotContain("dorthe");
	}

	@Test
	void whenOnlyTheAuthorCouldApproveTheReviewGoesOneLevelUpAtOnceOnTheRecord() throws Exception {
		String key = "DEMO-STRATEGI-2070";
		cycle.untilTranslation(PLAN, key, 2070, List.of("skoler"));
		Task write = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
		// the department is late, so its core area's chief, who alone reviews its plan, now holds it too
		cycle.moveClockTo(LocalDate.of(2070, 4, 28));
		assertThat(cycle.sees("anders", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).isTrue();
		writeUnitPlan("anders", key + "-skoler");

		Task review = tasks.createTaskQuery().processInstanceBusinessKey(key + "-skoler")
			.taskDefinitionKey(UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN).singleResult();
		assertThat(write.getId()).isNotEqualTo(review.getId());
		assertThat(unitTasksOf("anders")).as("not offered to its author").doesNotContain(review.getId());
		assertThat(cycle.sees("karen", UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-skoler")).as("the board may decide")
			.isTrue();
		List<AuditEntry> trail = audit.findByCycleIdOrderByRecordedAtAscIdAsc(cycleId(key));
		assertThat(trail).filteredOn(entry -> entry.getAction() == AuditAction.ESCALATED_FOR_FOUR_EYES)
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.getSubject()).startsWith("Godkend handleplan – Afdeling for Skoler").endsWith("→ direktion");
				assertThat(entry.getReason()).isEqualTo(
						"Ingen andre end Anders Holm, der selv har lavet arbejdet, kunne afgøre opgaven.");
			});
		assertThat(notifications.findByTaskIdOrderById(review.getId()))
			.filteredOn(notification -> notification.getKind() == NotificationKind.FOUR_EYES)
			.extracting(Notification::getRecipientId)
			.containsExactlyInAnyOrder("karen", "mikkel", "sofie");

		cycle.complete("karen", review, UnitTranslationProcess.Variables.APPROVED.with(true));
		assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isZero();
	}

	@Test
	void whoGaveHovedudvalgetsStatementDoesNotAnswerItForTheBoard() throws Exception {
		String key = "DEMO-STRATEGI-2069";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2069));
		cycle.draftReady(key);
		cycle.complete("karen", MedConsultationProcess.USER_TASK_GIVE_STATEMENT, key,
				MedConsultationProcess.Variables.STATEMENT.with("Hovedudvalget bakker op."));
		Task answer = cycle.taskFor("mikkel", MedConsultationProcess.USER_TASK_ANSWER_STATEMENT, key);

		assertThat(unitTasksOf("karen")).doesNotContain(answer.getId());
		ResponseEntity<String> refused = submit("karen", answer.getId(),
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Tak."));
		assertThat(refused.getStatusCode().value()).isEqualTo(403);
		assertThat(message(refused)).isEqualTo("Du har selv afgivet Hovedudvalgets høringssvar og kan derfor ikke "
				+ "besvare det på direktionens vegne. En anden i direktionen skal besvare det.");

		assertThat(submit("mikkel", answer.getId(),
				MedConsultationProcess.Variables.STATEMENT_ANSWER.with("Taget til efterretning."))
			.getStatusCode().value()).isEqualTo(204);
	}

	@Test
	void whoDraftedThePlanIsNotTheOneWhoCommentsOnIt() throws Exception {
		String key = "DEMO-STRATEGI-2072";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2072));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
		Task comment = cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key);

		assertThat(unitTasksOf("karen")).doesNotContain(comment.getId());
		assertThatThrownBy(() -> cycle.complete("karen", comment,
				DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Mit eget udkast er fint.")))
			.isInstanceOf(AuthorizationException.class);
		// an administrator, whom the engine lets do anything, cannot hand it to her either
		assertThatThrownBy(() -> tasks.setAssignee(comment.getId(), "karen"))
			.isInstanceOf(InvalidTaskInputException.class)
			.hasMessage("Karen Dahl har selv udarbejdet udkastet og kan derfor ikke få opgaven med at kommentere det.");

		cycle.complete("anders", comment, DraftingProcess.Variables.MANAGEMENT_COMMENT.with("Fint udkast."));
		assertThat(cycle.sees("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key)).isTrue();
	}

	@Test
	void everyRuleNamesUserTasksOfTheDeployedModelsAndHasItsDanishWords() {
		Set<String> userTasks = repository.createProcessDefinitionQuery().latestVersion().list().stream()
			.flatMap(definition -> repository.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(UserTask.class).stream())
			.map(UserTask::getId)
			.collect(Collectors.toSet());
		assertThat(rules.rules()).isNotEmpty().allSatisfy(rule -> {
			assertThat(userTasks).contains(rule.task()).containsAll(rule.notBy());
			assertThat(rule.notBy()).isNotEmpty().doesNotContain(rule.task());
			for (String audience : List.of("self", "other")) {
				assertThat(messages.getMessage("foureyes." + rule.task() + "." + audience, new Object[] { "X" }, null,
						Locale.forLanguageTag("da-DK"))).as("foureyes.%s.%s", rule.task(), audience).isNotBlank();
			}
		});
	}

	private void writeUnitPlan(String leader, String businessKey) {
		Task task = cycle.taskFor(leader, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, businessKey);
		Map<String, Object> answers = new HashMap<>(cycle.everyRow(task, "focusArea",
				Map.of("action", "Vi gør det konkret.", "notApplicable", false)));
		UnitTranslationProcess.Variables.LOCAL_MED_DISCUSSES.put(answers, false);
		cycle.complete(leader, task, answers);
	}

	/** The tasks the user's own "Min enheds opgaver" filter lists, as Tasklist asks for them. */
	private List<String> unitTasksOf(String user) throws Exception {
		String filterId = filters.createFilterQuery().filterOwner(user).filterName("Min enheds opgaver").singleResult()
			.getId();
		ResponseEntity<String> listed = post(user, "/engine-rest/filter/" + filterId + "/list?maxResults=1000", Map.of());
		assertThat(listed.getStatusCode().value()).as(listed.getBody()).isEqualTo(200);
		return json.readTree(listed.getBody()).findValuesAsText("id");
	}

	private Long cycleId(String key) {
		return cycles.findByBusinessKey(key).orElseThrow().getId();
	}

	private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
	}

	private ResponseEntity<String> post(String user, String path, Object body) throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return web.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(json.writeValueAsString(body), headers),
				String.class);
	}

	private String message(ResponseEntity<String> answer) throws Exception {
		JsonNode body = json.readTree(answer.getBody());
		return body.path("message").asText();
	}

}
