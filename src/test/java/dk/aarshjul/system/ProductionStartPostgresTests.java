package dk.aarshjul.system;

import dk.aarshjul.organisation.PersonRepository;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipality's first start: the {@code postgres} profile alone, on a new PostgreSQL database,
 * with only the administrator's password set. Nothing of Demo Kommune comes along — no people,
 * no plan — and what is missing for production (a mail server, the organisation file) is said at
 * start-up and on the administrators' page; the administrator may open the start page.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@TestExecutionListeners(listeners = DefaultEngineRegistration.class,
		mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestPropertySource(properties = "aarshjul.admin.password=" + ProductionStartPostgresTests.ADMIN_PASSWORD)
class ProductionStartPostgresTests {

	static final String ADMIN_PASSWORD = "Adm1n-foerste-start-3b7e";

	@Autowired
	TestRestTemplate web;

	@Autowired
	PersonRepository people;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	IdentityService identity;

	@Test
	void thePostgresProfileAloneStartsWithoutDemoPeopleAndSaysWhatIsMissing() {
		assertThat(people.count()).as("people of the organisation").isZero();
		assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
		assertThat(plans.count()).as("plans").isZero();
		assertThat(web.withBasicAuth("karen", "demo").getForEntity("/api/plans", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		// the start-up's warnings themselves: MailRequiredTests, OrganisationWithoutFileTests (the context
		// starts before this class's output is captured)
		ResponseEntity<String> operations = web.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/drift", String.class);
		assertThat(operations.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(operations.getBody()).contains("Der er ingen mailserver sat op")
			.contains("SPRING_MAIL_HOST")
			.contains("Der er ikke angivet nogen organisationsfil")
			.doesNotContain("Demoprofilen er slået til");

		ResponseEntity<String> start = web.withBasicAuth("admin", ADMIN_PASSWORD).getForEntity("/aarshjul/ny", String.class);
		assertThat(start.getStatusCode()).as("the administrator on Start et årshjul").isEqualTo(HttpStatus.OK);
	}

}
