package dk.aarshjul.overview;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dk.aarshjul.overview.OverviewPagesTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overview a page at a time, as the database sorts, counts and pages it: most overdue first,
 * the page's controls and the API's paging headers, the counts of the whole, who sees which plans,
 * and the export with every plan. Its SQL is plain enough for both databases; it runs on H2 and on
 * PostgreSQL (see the subclasses).
 */
abstract class OverviewPagingTests {

	private static final String PLAN = "DEMO-STRATEGI";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	PlanTransfer transfer;

	@Test
	void aPageAtATimeMostOverdueFirstWithTheCountOfTheWholeAndEveryPlanInTheExport() throws Exception {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear(PLAN, 2017).orElseThrow().getId());
		for (String[] plan : new String[][] { { "SIDE-C", "2089-01-13" }, { "SIDE-A", "2089-01-03" },
				{ "SIDE-B", "2089-01-09" } }) {
			transfer.importDocument(new PlanDocument(plan[0], demo.municipality(), demo.title() + " " + plan[0],
					demo.introduction(), 2089, demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
			Map<String, Object> calendar = CycleDriver.calendar(plan[0], 2089);
			calendar.put("draftingDeadline", plan[1]);
			cycle.start("olivia", calendar);
		}
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(2089, 1, 11).atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
		try {
			mvc.perform(as(get("/api/overview").param("year", "2089").param("size", "2"), "olivia", "procesejer"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2))
				.andExpect(jsonPath("$[0].businessKey").value("SIDE-A-2089"))
				.andExpect(jsonPath("$[0].daysOverdue").value(7))
				.andExpect(jsonPath("$[1].businessKey").value("SIDE-B-2089"))
				.andExpect(header().string("X-Total-Count", "3"))
				.andExpect(header().string("X-Overdue-Count", "2"))
				.andExpect(header().string("X-Page", "1"))
				.andExpect(header().string("X-Total-Pages", "2"))
				.andExpect(header().string("Link", containsString("page=2>; rel=\"next\"")));
			mvc.perform(as(get("/api/overview").param("year", "2089").param("size", "2").param("page", "2"), "olivia",
					"procesejer"))
				.andExpect(jsonPath("$.length()").value(1))
				.andExpect(jsonPath("$[0].businessKey").value("SIDE-C-2089"))
				.andExpect(jsonPath("$[0].daysOverdue").value(0))
				.andExpect(header().string("Link", containsString("page=1>; rel=\"prev\"")));

			String first = mvc.perform(as(get("/oversigt").param("year", "2089").param("size", "2"), "olivia", "procesejer"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("3 kørende årshjul, heraf 2 forsinkede.")))
				.andExpect(content().string(containsString("Udkast: 3")))
				.andExpect(content().string(containsString("Kørende årshjul 1–2 af 3, de mest forsinkede først")))
				.andExpect(content().string(containsString("Side 1 af 2")))
				.andExpect(content().string(containsString("href=\"/oversigt?year=2089&amp;size=2&amp;page=2\"")))
				.andExpect(content().string(containsString("href=\"/api/overview/export.csv?year=2089\"")))
				// the wheel marks the deadline the page's plans work towards, labelled with its date
				.andExpect(content().string(containsString("data-date=\"2089-01-03\"")))
				.andExpect(content().string(not(containsString("data-key=\"SIDE-C-2089\""))))
				.andReturn().getResponse().getContentAsString();
			assertThat(first.indexOf("data-key=\"SIDE-A-2089\"")).isPositive()
				.isLessThan(first.indexOf("data-key=\"SIDE-B-2089\""));
			mvc.perform(as(get("/oversigt").param("year", "2089").param("size", "2").param("page", "2"), "olivia", "procesejer"))
				.andExpect(content().string(containsString("data-key=\"SIDE-C-2089\"")))
				.andExpect(content().string(containsString("Forrige side")))
				.andExpect(content().string(not(containsString("Næste side"))));
			mvc.perform(as(get("/oversigt").param("year", "2089").param("phase", StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION), "olivia", "procesejer"))
				.andExpect(content().string(containsString("Ingen kørende årshjul passer til det valgte.")))
				.andExpect(content().string(not(containsString("Side 1 af"))));

			String csv = mvc.perform(as(get("/api/overview/export.csv").param("year", "2089"), "olivia", "procesejer"))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andExpect(header().string("Content-Disposition", containsString("hvor-er-planerne.csv")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(csv.lines().toList()).hasSize(4);
			assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
				.containsExactly("\"SIDE-A\"", "\"SIDE-B\"", "\"SIDE-C\"");
			assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("\"Udkast\"", "\"7\"", "Udarbejd udkast");
			mvc.perform(as(get("/api/overview/export").param("year", "2089"), "olivia", "procesejer"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(3))
				.andExpect(jsonPath("$[2].businessKey").value("SIDE-C-2089"))
				.andExpect(jsonPath("$[0].tasks[0].heldBy").value("Koncerndirektionen"));

			// a leader sees the plans their units take part in (here: every unit translates), nobody else any
			mvc.perform(as(get("/api/overview").param("year", "2089").param("unit", "sundhed"), "frida",
					"unit-sundhed-chief", "unit-sundhed-leaders"))
				.andExpect(header().string("X-Total-Count", "3"))
				.andExpect(jsonPath("$[0].unitIds", hasItem("sundhed")));
			mvc.perform(as(get("/aarshjul/SIDE-A-2089"), "frida", "unit-sundhed-chief", "unit-sundhed-leaders"))
				.andExpect(status().isOk());
			mvc.perform(as(get("/api/overview/export").param("year", "2089"), "ukendt", "ingen-gruppe"))
				.andExpect(jsonPath("$.length()").value(0));
			mvc.perform(as(get("/aarshjul/SIDE-A-2089"), "ukendt", "ingen-gruppe")).andExpect(status().isNotFound());
		}
		finally {
			ClockUtil.reset();
		}
	}

}
