package dk.aarshjul.security;

import java.util.Date;

import jakarta.servlet.http.Cookie;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every request that comes with a session needs its CSRF token, whatever else it carries; and a
 * request forged against the webapps' API is refused without signing the person out.
 */
@H2Test
class CsrfTests {

	private static final String PLAN = "CSRF-PROEVE";

	/** No other test uses this year on this plan. */
	private static final int YEAR = 2046;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate web;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSessionWithAnAuthorizationHeaderStillNeedsTheToken() throws Exception {
		String key = cycleOfItsOwn();
		Date due = draftDue(key);
		int changes = changes();
		// the session lives in the database (Spring Session), reached by its cookie as a browser reaches it
		Cookie session = mvc.perform(formLogin("/login").user("olivia").password("demo"))
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
		// the page she has open carries the session's token
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(move(key).cookie(session).header(HttpHeaders.AUTHORIZATION, "Bearer x"))
			.andExpect(status().isForbidden());
		mvc.perform(move(key).cookie(session).header(HttpHeaders.AUTHORIZATION, "Basic eDp5"))
			.andExpect(status().isForbidden());
		assertThat(changes()).as("nothing recorded").isEqualTo(changes);
		assertThat(draftDue(key)).as("the deadline is where it was").isEqualTo(due);

		mvc.perform(move(key).cookie(session).with(csrf())).andExpect(status().isOk());
		assertThat(changes()).as("with the token it is carried out").isEqualTo(changes + 1);
	}

	@Test
	void aForgedCallToTheWebappsIsRefusedAndTheSessionLivesOn() {
		SignedInBrowser browser = SignedInBrowser.signIn(web, "olivia", "demo");

		ResponseEntity<String> forged = browser.webappApi(HttpMethod.POST, "/camunda/api/engine/engine/default/task",
				"{}", null);
		assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(forged.getBody()).contains("Du er stadig logget ind.");
		ResponseEntity<String> wrongToken = browser.webappApi(HttpMethod.POST, "/camunda/api/engine/engine/default/task",
				"{}", "gaettet");
		assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

		assertThat(browser.webappApi(HttpMethod.GET, "/camunda/api/admin/auth/user/default", null, null).getBody())
			.as("still signed in").contains("\"userId\":\"olivia\"");
		assertThat(browser.exchange(HttpMethod.GET, "/oversigt", null, null, MediaType.TEXT_HTML).getStatusCode())
			.as("on Årshjul's pages too").isEqualTo(HttpStatus.OK);
		assertThat(browser.webappApi(HttpMethod.POST, "/camunda/api/engine/engine/default/task", "{}",
				browser.webappToken).getStatusCode()).as("the webapps' own call").isEqualTo(HttpStatus.OK);
	}

	private MockHttpServletRequestBuilder move(String key) {
		return post("/api/cycles/{key}/calendar-changes", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\": \"draftingDeadline\", \"date\": \"" + YEAR
					+ "-01-10\", \"reason\": \"Mødet er flyttet.\"}");
	}

	private Date draftDue(String key) {
		return cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key).getDueDate();
	}

	private int changes() {
		return jdbc.queryForObject("select count(*) from cycle_calendar_change", Integer.class);
	}

	private String cycleOfItsOwn() {
		if (plans.findByCodeAndYear(PLAN, YEAR).isEmpty()) {
			PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
			transfer.importDocument(new PlanDocument(PLAN, demo.municipality(), demo.title() + " " + PLAN,
					demo.introduction(), YEAR, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			cycle.start("olivia", CycleDriver.calendar(PLAN, YEAR));
		}
		return PLAN + "-" + YEAR;
	}

}
