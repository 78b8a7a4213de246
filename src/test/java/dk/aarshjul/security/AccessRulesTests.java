package dk.aarshjul.security;

import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may see and do what, tried by the people who would try it, over HTTP as Tasklist and our
 * pages call it: nothing answers without sign-in; a unit chief cannot see or complete another
 * unit's task; a committee member cannot see the drafting; pages carry security headers.
 */
@H2Test
class AccessRulesTests {

	private static final String PLAN = "DEMO-STRATEGI";

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	RuntimeService runtime;

	@Autowired
	AuthorizationService authorizations;

	@Test
	void nothingAnswersWithoutSignInButTheLoginPageStaticFilesAndHealth() {
		for (String path : List.of("/", "/oversigt", "/aarshjul/ny", "/aarshjul/DEMO-STRATEGI-2027", "/fravaer",
				"/api/plans", "/api/overview", "/api/cycles/calendar-proposal?year=2027", "/v3/api-docs",
				"/swagger-ui/index.html", "/engine-rest/task", "/engine-rest/process-instance",
				"/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/process-instance",
				"/actuator/info", "/actuator/metrics")) {
			ResponseEntity<String> answer = web.getForEntity(path, String.class);
			// a browser-facing page sends the visitor to the sign-in form instead
			boolean sentToLogin = answer.getStatusCode().is2xxSuccessful() && answer.getBody() != null
					&& answer.getBody().contains("name=\"password\"");
			assertThat(sentToLogin || answer.getStatusCode().value() == 401 || answer.getStatusCode().value() == 403)
				.as("%s answered %s", path, answer.getStatusCode())
				.isTrue();
		}
		assertThat(web.getForEntity("/login", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(web.getForEntity("/css/aarshjul.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(web.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void actuatorBeyondHealthIsForAdministratorsOnly() {
		assertThat(web.withBasicAuth("olivia", "demo").getForEntity("/actuator/metrics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(web.withBasicAuth("admin", "demo").getForEntity("/actuator/metrics", String.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void aUnitChiefNeitherSeesNorCompletesAnotherUnitsTask() {
		String key = "DEMO-STRATEGI-2081";
		cycle.untilTranslation(PLAN, key, 2081, List.of("skoler", "job"));
		Task skoler = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
		Task job = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");

		assertThat(web.withBasicAuth("dorthe", "demo").getForEntity("/engine-rest/task/" + job.getId(), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(web.withBasicAuth("dorthe", "demo").getForEntity("/engine-rest/task/" + skoler.getId(), String.class)
			.getStatusCode().value()).isIn(403, 404);
		String visible = web.withBasicAuth("dorthe", "demo")
			.getForEntity("/engine-rest/task?processInstanceBusinessKeyLike={key}", String.class, key + "%")
			.getBody();
		assertThat(visible).contains(job.getId()).doesNotContain(skoler.getId());

		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> completion = web.withBasicAuth("dorthe", "demo").exchange(
				"/engine-rest/task/" + skoler.getId() + "/submit-form", HttpMethod.POST,
				new HttpEntity<>("{\"variables\": {}}", json), String.class);
		assertThat(completion.getStatusCode().value()).isIn(403, 404);
		assertThat(cycle.sees("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).as("still open").isTrue();

		assertThat(web.withBasicAuth("dorthe", "demo").getForEntity("/api/overview?year=2081", String.class).getBody())
			.contains(key);
		assertThat(web.withBasicAuth("nina", "demo").getForEntity("/api/overview?year=2081", String.class).getBody())
			.as("a staff chief whose unit takes no part").doesNotContain(key);
	}

	@Test
	void aCommitteeMemberDoesNotSeeTheDrafting() {
		String key = "DEMO-STRATEGI-2077";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2077));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);

		String svendSees = web.withBasicAuth("svend", "demo").getForEntity("/engine-rest/task", String.class).getBody();
		assertThat(svendSees).doesNotContain(draft.getId());
		assertThat(web.withBasicAuth("svend", "demo").getForEntity("/engine-rest/task/" + draft.getId(), String.class)
			.getStatusCode().value()).isIn(403, 404);
		assertThat(web.withBasicAuth("karen", "demo").getForEntity("/engine-rest/task", String.class).getBody())
			.contains(draft.getId());
	}

	@Test
	void processOwnersAndUnitsAreGrantedEachInstanceAsItStartsNotEverything() {
		String key = "DEMO-STRATEGI-2078";
		cycle.untilTranslation(PLAN, key, 2078, List.of("job"));
		String root = runtime.createProcessInstanceQuery().processDefinitionKey(StrategyCycleProcess.KEY)
			.processInstanceBusinessKey(key).singleResult().getId();
		String jobInstance = runtime.createProcessInstanceQuery().processDefinitionKey(UnitTranslationProcess.KEY)
			.processInstanceBusinessKey(key + "-job").singleResult().getId();
		Task job = cycle.taskFor("dorthe", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-job");

		assertThat(authorizations.createAuthorizationQuery().groupIdIn(CamundaGroups.PROCESS_OWNERS)
			.resourceId(Authorization.ANY).list())
			.as("no blanket grant to read instances or tasks")
			.noneMatch(grant -> grant.getResourceType() == Resources.TASK.resourceType()
					|| grant.getResourceType() == Resources.PROCESS_INSTANCE.resourceType()
							&& grant.isPermissionGranted(Permissions.READ));
		assertThat(status("olivia", "/engine-rest/process-instance/" + root)).isEqualTo(200);
		assertThat(status("olivia", "/engine-rest/task/" + job.getId())).isEqualTo(200);
		assertThat(status("dorthe", "/engine-rest/process-instance/" + jobInstance)).isEqualTo(200);
		assertThat(status("dorthe", "/engine-rest/process-instance/" + root)).isIn(403, 404);
		assertThat(status("birgit", "/engine-rest/process-instance/" + jobInstance)).isIn(403, 404);
	}

	private int status(String user, String path) {
		return web.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value();
	}

	@Test
	void pagesCarrySecurityHeaders() {
		ResponseEntity<String> page = web.withBasicAuth("olivia", "demo").getForEntity("/oversigt", String.class);
		assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.getBody()).contains("Demo – dette er en demonstrationsinstallation");
		assertThat(web.getForEntity("/login", String.class).getBody()).as("also before signing in")
			.contains("Demo – dette er en demonstrationsinstallation");
	}

}
