package dk.aarshjul.work;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What "Mine opgaver" lists and how: every open task the person may complete (theirs, their groups',
 * those offered to them by name as a deputy), not those a colleague has taken nor those the four-eyes
 * rules keep from them; most urgent first with the deadline in Danish and the days left or late;
 * the committee's next meeting; an empty page that says so. Its SQL runs on H2 and on PostgreSQL
 * (see the subclasses).
 */
abstract class WorkPageTests {

	private static final int YEAR = 2099;

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	TaskService tasks;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyTaskThePersonMayCompleteMostUrgentFirstWithItsDeadlineInDanish() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		for (String[] plan : new String[][] { { "WORK-B", YEAR + "-01-14" }, { "WORK-A", YEAR + "-01-05" },
				{ "WORK-C", YEAR + "-01-12" } }) {
			transfer.importDocument(new PlanDocument(plan[0], demo.municipality(), "Plan " + plan[0],
					demo.introduction(), YEAR, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			Map<String, Object> calendar = CycleDriver.calendar(plan[0], YEAR);
			calendar.put("draftingDeadline", plan[1]);
			cycle.start("olivia", calendar);
		}
		Task late = draft("WORK-A");
		Task dueToday = draft("WORK-C");
		Task ahead = draft("WORK-B");
		Task withoutDeadline = standalone("Læs årsrapporten");
		tasks.addCandidateGroup(withoutDeadline.getId(), "direktion");
		Task asDeputy = standalone("Godkend handleplan (som stedfortræder)");
		tasks.addCandidateUser(asDeputy.getId(), "karen");
		Task takenByColleague = standalone("Taget af en kollega");
		tasks.addCandidateGroup(takenByColleague.getId(), "direktion");
		tasks.claim(takenByColleague.getId(), "mikkel");
		Task fourEyes = standalone("Godkend eget arbejde");
		tasks.addCandidateGroup(fourEyes.getId(), "direktion");
		tasks.setVariableLocal(fourEyes.getId(), CycleVariables.EXCLUDED_DECIDERS, "karen,sofie");
		// working days, so the calendar keeps them as they are: Monday 5, Monday 12 and Wednesday 14 January
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(YEAR, 1, 12).atTime(12, 0)
			.atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));

		String karens = page("karen", "direktion", "koncernledelse");

		assertThat(karens).contains("<h1>Mine opgaver</h1>");
		int lateAt = karens.indexOf("data-task=\"" + late.getId() + "\"");
		int todayAt = karens.indexOf("data-task=\"" + dueToday.getId() + "\"");
		int aheadAt = karens.indexOf("data-task=\"" + ahead.getId() + "\"");
		int withoutAt = karens.indexOf("data-task=\"" + withoutDeadline.getId() + "\"");
		assertThat(lateAt).as("the late draft").isPositive();
		assertThat(List.of(lateAt, todayAt, aheadAt, withoutAt)).as("deadline ascending, none last").isSorted();
		assertThat(section(karens, late)).contains("Plan WORK-A", String.valueOf(YEAR), "Udkast", "05.01." + YEAR,
				"7 dage forsinket", "/camunda/app/tasklist/default/#/?task=" + late.getId());
		assertThat(section(karens, dueToday)).contains("12.01." + YEAR, "i dag");
		assertThat(section(karens, ahead)).contains("14.01." + YEAR, "2 dage tilbage");
		assertThat(section(karens, withoutDeadline)).contains("Ingen frist");
		assertThat(karens).as("offered to her by name, as to a deputy").contains(asDeputy.getId())
			.as("taken by a colleague").doesNotContain(takenByColleague.getId())
			.as("she did the work it decides on").doesNotContain(fourEyes.getId());
		assertThat(page("mikkel", "direktion")).contains(takenByColleague.getId(), fourEyes.getId())
			.doesNotContain(asDeputy.getId());

		assertThat(page("svend", "oekonomiudvalg", "byraad")).as("the committee's next meeting")
			.contains("Næste møde i Økonomiudvalget: 20.02." + YEAR)
			.contains("Næste møde i Byrådet: 27.02." + YEAR)
			.contains("Næste opfølgning i årshjulet: 30.06." + YEAR)
			.doesNotContain(late.getId());
		assertThat(main(page("olivia", "procesejer"))).as("process owners find the overview")
			.contains("href=\"/oversigt\"");
	}

	@Test
	void somebodyWithoutTasksIsToldSoInDanish() throws Exception {
		assertThat(main(page("ingen"))).contains("Du har ingen åbne opgaver lige nu.").doesNotContain("data-task=")
			.doesNotContain("href=\"/oversigt\"");
	}

	/** The front page is where everybody starts; a page somebody was sent from is where they go back to. */
	@Test
	void signingInFromTheFrontPageLandsOnTheWorkPageFromAnotherPageOnThatPage() throws Exception {
		assertThat(signInAfterOpening("/")).isEqualTo("/mine-opgaver");
		assertThat(signInAfterOpening("/oversigt")).contains("/oversigt");
	}

	private String signInAfterOpening(String path) throws Exception {
		// the session lives in the database (Spring Session): the browser carries it as a cookie
		jakarta.servlet.http.Cookie session = mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(redirectedUrlPattern("**/login"))
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
		return mvc.perform(post("/login").cookie(session).with(csrf()).param("username", "karen")
				.param("password", "demo"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private Task draft(String planCode) {
		return cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, planCode + "-" + YEAR);
	}

	private Task standalone(String name) {
		Task task = tasks.newTask();
		task.setName(name);
		tasks.saveTask(task);
		return task;
	}

	/** The page without its menu. */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	/** The task's entry on the page. */
	private static String section(String page, Task task) {
		int start = page.indexOf("data-task=\"" + task.getId() + "\"");
		return page.substring(start, page.indexOf("</li>", start));
	}

	private String page(String userId, String... groups) throws Exception {
		return mvc.perform(as(userId, groups, get("/mine-opgaver")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder as(String userId, String[] groups,
			MockHttpServletRequestBuilder request) {
		return request.with(user(userId).authorities(
				java.util.Arrays.stream(groups).map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList()));
	}

}
