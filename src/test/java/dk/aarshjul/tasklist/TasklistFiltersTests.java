package dk.aarshjul.tasklist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.organisation.OrganisationLoader;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each person gets Tasklist filters from their place in the organisation file, sees only their
 * own, and the filters follow the file: a new leader gets them, a leader who left loses them.
 * The filters hold no expression (the engine refuses them): they name their person, and
 * "Forsinkede" moves with every round of the deadline chase.
 */
@H2Test
class TasklistFiltersTests {

	private static final Resource DEMO = new ClassPathResource("organisation/demo-kommune.yml");

	@Autowired
	OrganisationLoader loader;

	@Autowired
	FilterService filters;

	@Autowired
	IdentityService identity;

	@Autowired
	CycleDriver cycle;

	@Autowired
	TestRestTemplate web;

	@Autowired
	ObjectMapper json;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restoreDemoOrganisation() {
		identity.clearAuthentication();
		cycle.resetClock();
		loader.load(DEMO);
	}

	@Test
	void everyLeaderHasTheirThreeFiltersAndProcessOwnersOneMore() {
		assertThat(filterNamesSeenBy("birgit")).containsExactly("Mine opgaver", "Min enheds opgaver", "Forsinkede");
		assertThat(filterNamesSeenBy("olivia")).as("a process owner who leads no unit")
			.containsExactly("Mine opgaver", "Forsinkede", "Alle årshjul");
		assertThat(filterNamesSeenBy("svend")).as("a committee member").contains("Min enheds opgaver");
		assertThat(filterNamesSeenBy("dorthe")).as("nobody sees another's filters").hasSize(3);

		Filter unit = filterOf("birgit", "Min enheds opgaver");
		assertThat(unit.getProperties()).containsEntry("aarshjul", true)
			.containsEntry("variables", List.of(Map.of("name", "planTitle", "label", "Plan"),
					Map.of("name", "cycleYear", "label", "År"), Map.of("name", "unitName", "label", "Enhed")));
	}

	@Test
	void filtersShowTheLeadersOwnUnitsTasksAndWhatIsLate() {
		String key = "DEMO-STRATEGI-2080";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2080, List.of("skoler", "job"));
		Task skoler = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");

		assertThat(tasksIn("birgit", "Min enheds opgaver")).extracting(Task::getId).contains(skoler.getId());
		assertThat(tasksIn("dorthe", "Min enheds opgaver")).extracting(Task::getId).doesNotContain(skoler.getId());
		assertThat(tasksIn("birgit", "Forsinkede")).extracting(Task::getId).doesNotContain(skoler.getId());
		assertThat(tasksIn("birgit", "Mine opgaver")).as("offered to her unit's leaders: hers to do")
			.extracting(Task::getId).contains(skoler.getId());

		taskService.claim(skoler.getId(), "birgit");
		assertThat(tasksIn("birgit", "Mine opgaver")).extracting(Task::getId).contains(skoler.getId());
		assertThat(tasksIn("carsten", "Mine opgaver")).extracting(Task::getId).doesNotContain(skoler.getId());

		// the deadline chase's round on the day moves "Forsinkede" to the day
		cycle.moveClockTo(LocalDate.of(2080, 5, 15));

		assertThat(tasksIn("birgit", "Forsinkede")).extracting(Task::getId).contains(skoler.getId());
		assertThat(tasksIn("carsten", "Forsinkede")).extracting(Task::getId).doesNotContain(skoler.getId());
		assertThat(tasksIn("olivia", "Alle årshjul")).extracting(Task::getId).contains(skoler.getId());
		for (String person : List.of("birgit", "carsten", "olivia", "karen")) {
			for (Filter filter : filters.createFilterQuery().filterOwner(person).list()) {
				assertThat(((TaskQueryImpl) filter.getQuery()).getExpressions()).as("%s of %s", filter.getName(), person)
					.isEmpty();
			}
		}
	}

	/**
	 * Release 1.0.0 stored "Mine opgaver" and "Forsinkede" with ${currentUser()} and ${now()}, which
	 * the engine now refuses to run; the organisation load at start rewrites them with the person's
	 * id and a date, and they list the person's tasks again.
	 */
	@Test
	void filtersStoredWithExpressionsByRelease100AreRewrittenAtTheNextLoad() {
		Filter mine = filterOf("frida", "Mine opgaver");
		Filter late = filterOf("frida", "Forsinkede");
		storeAsRelease100Did(mine, taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
		storeAsRelease100Did(late, taskService.createTaskQuery().taskCandidateUserExpression("${currentUser()}")
			.includeAssignedTasks().dueBeforeExpression("${now()}"));
		assertThatThrownBy(() -> tasksIn("frida", "Mine opgaver")).isInstanceOf(BadUserRequestException.class)
			.hasMessageContaining("Expressions are forbidden in stored queries");

		loader.load(DEMO);

		for (Filter filter : List.of(filterOf("frida", "Mine opgaver"), filterOf("frida", "Forsinkede"))) {
			assertThat(((TaskQueryImpl) filter.getQuery()).getExpressions()).as(filter.getName()).isEmpty();
		}
		assertThat(((TaskQueryImpl) filterOf("frida", "Mine opgaver").getQuery()).getQueries())
			.extracting(TaskQueryImpl::getAssignee).contains("frida");
		assertThat(((TaskQueryImpl) filterOf("frida", "Forsinkede").getQuery()).getCandidateUser()).isEqualTo("frida");
		assertThat(filterOf("frida", "Mine opgaver").getId()).as("the same filter, rewritten").isEqualTo(mine.getId());
		tasksIn("frida", "Mine opgaver");
		tasksIn("frida", "Forsinkede");
	}

	/**
	 * The first filter lists what the person may complete, as the work page does: a task offered to
	 * a group is there for a member who has not taken it, and so is one offered to them by name (a
	 * deputy's); once another member takes it, it is that member's, and gone from the others' list.
	 */
	@Test
	void theFirstFilterListsATaskOfferedToTheirGroupToAMemberWhoIsNotItsAssignee() {
		String key = "DEMO-STRATEGI-2052";
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2052));
		cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
		Task comment = cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key);
		assertThat(comment.getAssignee()).isNull();
		assertThat(identity.createUserQuery().memberOfGroup("koncernledelse").list()).extracting(User::getId)
			.contains("anders", "dorthe")
			.doesNotContain("svend");

		assertThat(filterOf("anders", "Mine opgaver").getProperties()).containsEntry("priority", -20);
		assertThat(tasksIn("anders", "Mine opgaver")).extracting(Task::getId).contains(comment.getId());
		assertThat(tasksIn("dorthe", "Mine opgaver")).extracting(Task::getId).contains(comment.getId());
		assertThat(tasksIn("svend", "Mine opgaver")).as("not in the management group").extracting(Task::getId)
			.doesNotContain(comment.getId());

		taskService.addCandidateUser(comment.getId(), "svend");
		assertThat(tasksIn("svend", "Mine opgaver")).as("offered to him by name, as to a deputy")
			.extracting(Task::getId).contains(comment.getId());

		taskService.claim(comment.getId(), "dorthe");
		assertThat(tasksIn("dorthe", "Mine opgaver")).extracting(Task::getId).contains(comment.getId());
		assertThat(tasksIn("anders", "Mine opgaver")).as("taken by a colleague").extracting(Task::getId)
			.doesNotContain(comment.getId());
		assertThat(tasksIn("svend", "Mine opgaver")).extracting(Task::getId).doesNotContain(comment.getId());
	}

	private void storeAsRelease100Did(Filter filter, TaskQuery query) {
		String stored = new JsonTaskQueryConverter().toJsonObject(query).toString();
		assertThat(stored).contains("Expression");
		jdbc.update("update ACT_RU_FILTER set QUERY_ = ? where ID_ = ?", stored, filter.getId());
	}

	@Test
	void theUnitsFilterShowsPlanYearAndUnitOfATaskAsTasklistReadsIt() throws Exception {
		String key = "DEMO-STRATEGI-2012";
		cycle.untilTranslation("DEMO-STRATEGI", key, 2012, List.of("skoler"));
		Task skoler = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.valueOf("application/hal+json")));

		ResponseEntity<String> listed = web.withBasicAuth("birgit", "demo")
			.exchange("/engine-rest/filter/" + filterOf("birgit", "Min enheds opgaver").getId() + "/list?maxResults=200",
					HttpMethod.GET, new HttpEntity<>(headers), String.class);

		assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode body = json.readTree(listed.getBody());
		Map<String, Object> shown = new HashMap<>();
		body.path("_embedded").path("task").forEach(task -> {
			if (skoler.getId().equals(task.path("id").asText())) {
				task.path("_embedded").path("variable")
					.forEach(variable -> shown.put(variable.path("name").asText(), variable.path("value").asText()));
			}
		});
		assertThat(shown).containsEntry("planTitle", "Holbæk i Fællesskab – Koncernledelsens strategiplan 2017+")
			.containsEntry("cycleYear", "2012")
			.containsEntry("unitName", "Afdeling for Skoler");
	}

	@Test
	void aNewLeaderGetsFiltersAndALeaderWhoLeftLosesThem() throws IOException {
		String demo = DEMO.getContentAsString(StandardCharsets.UTF_8);
		String withViggo = demo.replace("people:\n", """
				people:
				  - { id: viggo, name: Viggo Ravn, email: viggo@demo-kommune.dk, unit: skoler, level: leder-af-medarbejdere }
				""");
		loader.load(new ByteArrayResource(withViggo.getBytes(StandardCharsets.UTF_8), "with Viggo"));
		assertThat(filterNamesSeenBy("viggo")).containsExactly("Mine opgaver", "Min enheds opgaver", "Forsinkede");

		String withoutViggoAndGustav = demo.replaceAll("(?m)^.*id: gustav.*\\R", "");
		loader.load(new ByteArrayResource(withoutViggoAndGustav.getBytes(StandardCharsets.UTF_8), "without them"));

		assertThat(filters.createFilterQuery().filterOwner("viggo").count()).isZero();
		assertThat(filters.createFilterQuery().filterOwner("gustav").count()).isZero();
		assertThat(filters.createFilterQuery().filterOwner("frida").count()).isEqualTo(3);
	}

	private List<String> filterNamesSeenBy(String user) {
		signIn(user);
		try {
			return filters.createFilterQuery().orderByFilterId().asc().list().stream()
				.sorted((a, b) -> Integer.compare(priority(a), priority(b)))
				.map(Filter::getName)
				.toList();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private List<Task> tasksIn(String user, String filterName) {
		Filter filter = filterOf(user, filterName);
		signIn(user);
		try {
			return filters.list(filter.getId());
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private Filter filterOf(String user, String name) {
		return filters.createFilterQuery().filterOwner(user).filterName(name).singleResult();
	}

	private void signIn(String user) {
		identity.setAuthentication(user,
				identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
	}

	private static int priority(Filter filter) {
		return ((Number) filter.getProperties().get("priority")).intValue();
	}

}
