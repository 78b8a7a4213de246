package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.aarshjul.overview.OverviewPagesTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wheel's pages as the server writes them: the municipality's wheel with its filters (and what
 * they refuse to be), the overview's wheel of the year filtered on, the plan page's wheel, and the
 * translation matrix, which says "afventer" for a unit whose translation has not begun.
 */
@H2Test
class WheelPagesTests {

	private static final int YEAR = 2085;

	private static final String DRAFTING = "HJUL-SIDE-UDKAST";

	private static final String TRANSLATING = "HJUL-SIDE-OVERSAET";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@BeforeEach
	void twoPlans() {
		if (cycles.findByBusinessKey(DRAFTING + "-" + YEAR).isEmpty()) {
			importPlan(DRAFTING, "Hjulside i udkast");
			importPlan(TRANSLATING, "Hjulside i oversættelse");
			cycle.start("olivia", CycleDriver.calendar(DRAFTING, YEAR));
			cycle.untilTranslation(TRANSLATING, TRANSLATING + "-" + YEAR, YEAR, List.of("job"));
		}
	}

	@Test
	void theMunicipalWheelHasEveryDateOfBothPlansAndItsFiltersNarrowIt() throws Exception {
		String whole = page(as(get("/aarshjul").param("visning", "aar").param("aar", String.valueOf(YEAR)), "olivia",
				"procesejer"));
		for (String key : List.of(DRAFTING, TRANSLATING)) {
			assertThat(marksOf(whole, key)).as(key)
				.containsExactlyInAnyOrder(YEAR + "-01-15|direktion", YEAR + "-02-01|hovedudvalg",
						YEAR + "-02-20|oekonomiudvalg", YEAR + "-02-27|byraad", YEAR + "-04-30|enheder",
						YEAR + "-06-30|enheder", YEAR + "-12-31|direktion", YEAR + "-12-31|enheder");
		}
		assertThat(whole).contains("Kommunens årshjul " + YEAR)
			.contains("fase: Udkast")
			.contains("fase: Oversættelse i enhederne")
			.contains("<time datetime=\"" + YEAR + "-02-27\">27. feb. " + YEAR + "</time>")
			.contains(">27. feb.</text>")
			.contains("value=\"" + DRAFTING + "\"");

		String onePlan = page(as(get("/aarshjul").param("visning", "aar").param("aar", String.valueOf(YEAR))
			.param("plan", TRANSLATING).param("organ", "byraad"), "olivia", "procesejer"));
		assertThat(Pattern.compile("data-ring=\"([a-z]+)\"").matcher(onePlan).results().map(found -> found.group(1)))
			.containsOnly("byraad");
		assertThat(onePlan).contains("href=\"/aarshjul/" + TRANSLATING + "-" + YEAR + "\"")
			.doesNotContain("href=\"/aarshjul/" + DRAFTING + "-" + YEAR + "\"");
	}

	@Test
	void hostileFiltersAreIgnoredOrMatchNothingAndAreNeverMarkup() throws Exception {
		String hostile = page(as(get("/aarshjul").param("visning", "<script>").param("aar", "99999")
			.param("plan", "' or 1=1 --").param("organ", "<script>alert(1)</script>").param("enhed", "\"><b>"),
				"olivia", "procesejer"));
		assertThat(hostile).doesNotContain("<script>alert(1)</script>").doesNotContain("\"><b>")
			.doesNotContain("class=\"mark").contains("Ingen datoer i de valgte måneder.");
		String unknownRing = page(as(get("/aarshjul").param("visning", "aar").param("aar", String.valueOf(YEAR))
			.param("organ", "nobody"), "olivia", "procesejer"));
		assertThat(unknownRing).as("an unknown ring: every ring").contains("data-ring=\"byraad\"")
			.contains("data-ring=\"enheder\"");
	}

	@Test
	void theOverviewsWheelShowsTheYearFilteredOnWithLabelledMarks() throws Exception {
		String overview = page(as(get("/oversigt").param("year", String.valueOf(YEAR)), "olivia", "procesejer"));
		assertThat(overview).contains("Årshjulet " + YEAR + " med de kørende planer på siden")
			.contains("data-date=\"" + YEAR + "-02-27\"")
			.contains(">27. feb.</text>")
			.contains("href=\"/aarshjul\"");
		assertThat(marksOf(overview, DRAFTING)).hasSize(8);
		assertThat(marksOf(overview, TRANSLATING)).hasSize(8);
	}

	@Test
	void thePlanPagesWheelIsItsOwnDatesAndItsMatrixAwaitsTranslation() throws Exception {
		String drafting = page(as(get("/aarshjul/" + DRAFTING + "-" + YEAR), "olivia", "procesejer"));
		assertThat(marksOf(drafting, DRAFTING)).hasSize(8);
		assertThat(marksOf(drafting, TRANSLATING)).isEmpty();
		assertThat(drafting).contains("<table class=\"wheel-dates\">").contains("Planen og dens fase")
			.contains("<time datetime=\"" + YEAR + "-01-15\">15. jan. " + YEAR + "</time>");
		String matrix = drafting.substring(drafting.indexOf("<table class=\"matrix\">"),
				drafting.indexOf("</table>", drafting.indexOf("<table class=\"matrix\">")));
		assertThat(matrix).as("before translation every unit waits").contains(">afventer<")
			.doesNotContain("mangler")
			.doesNotContain("class=\"missing\"")
			.contains("data-label=\"");

		String translating = page(as(get("/aarshjul/" + TRANSLATING + "-" + YEAR), "olivia", "procesejer"));
		String itsMatrix = translating.substring(translating.indexOf("<table class=\"matrix\">"));
		assertThat(itsMatrix).as("the unit that translates has its plan open: its answers are missing")
			.contains("mangler");
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The plan's marks as "date|ring": those whose name has the plan's title (a shared mark names each plan). */
	private static List<String> marksOf(String html, String planCode) {
		String title = (planCode.equals(DRAFTING) ? "Hjulside i udkast " : "Hjulside i oversættelse ") + YEAR;
		Matcher mark = Pattern.compile(
				"<a href=\"[^\"]*\" class=\"mark[^\"]*\" aria-label=\"([^\"]*)\" data-date=\"([^\"]+)\" data-ring=\"([^\"]+)\">")
			.matcher(html);
		return mark.results().filter(found -> found.group(1).contains(": " + title))
			.map(found -> found.group(2) + "|" + found.group(3))
			.toList();
	}

	private void importPlan(String code, String title) {
		PlanDocument demo = transfer.export(plans.findByCodeAndYear("DEMO-STRATEGI", 2017).orElseThrow().getId());
		transfer.importDocument(new PlanDocument(code, demo.municipality(), title, demo.introduction(), YEAR,
				demo.kind(), demo.periodFrom(), demo.periodTo(), demo.focusAreas()));
	}

}
