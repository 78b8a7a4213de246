package dk.aarshjul.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.system.H2Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans in the user interface, as the people who use them: the process owner creates, edits,
 * imports and exports; everyone else is refused and nothing changes; a plan has a page before its
 * first cycle, and is no longer edited here once one has started.
 */
@H2Test
class PlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	CycleDriver cycle;

	@Test
	void theEditorAddsMovesAndSavesFocusAreasAndRefusedInputComesBackBesideItsField() throws Exception {
		// two focus areas; the second is moved up before saving
		java.util.function.BiFunction<Integer, Integer, MockHttpServletRequestBuilder> form = (economy, children) -> owner(post("/planer/ny")).param("title", "Sammen om velfærd")
			.param("code", "UI-REDIGER")
			.param("year", "2081")
			.param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("periodFrom", "2081-01-01")
			.param("periodTo", "2081-12-31")
			.param("focusAreas[" + economy + "].title", "Økonomi i balance")
			.param("focusAreas[" + economy + "].goals[0].description", "Budgettet holder")
			.param("focusAreas[" + children + "].title", "Børn først")
			.param("focusAreas[" + children + "].responsibleDirector", "sofie")
			.param("focusAreas[" + children + "].goals[0].description", "Flere børn trives")
			.param("focusAreas[" + children + "].goals[0].measure", "Trivselsmåling")
			.param("focusAreas[" + children + "].goals[0].target", "90 %")
			.param("focusAreas[" + children + "].goals[0].dueDate", "2081-12-31");
		String moved = mvc.perform(form.apply(0, 1).param("action", "up:1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(moved);
		assertThat(page.getElementById("focusAreas0.title").val()).as("moved up").isEqualTo("Børn først");
		assertThat(page.getElementById("focusAreas1.title").val()).isEqualTo("Økonomi i balance");
		assertThat(page.getElementById("focusAreas0.responsibleDirector").select("option[selected]").val()).isEqualTo("sofie");
		assertThat(plans.existsByCodeAndYear("UI-REDIGER", 2081)).as("moving a row saves nothing").isFalse();

		// a control character and a bad date are refused beside their fields; the rest comes back as typed
		long before = count();
		String refused = mvc.perform(owner(post("/planer/ny")).param("title", "Sammen\u202Eom velfærd")
			.param("code", "UI-REDIGER")
			.param("year", "2081")
			.param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("periodFrom", "2081-01-01")
			.param("focusAreas[0].title", "Børn først")
			.param("focusAreas[0].goals[0].description", "Flere børn trives")
			.param("focusAreas[0].goals[0].dueDate", "31-12-2081"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("usynlige styretegn")))
			.andExpect(content().string(containsString("id=\"focusAreas0.goals0.dueDate-error\"")))
			.andExpect(content().string(containsString("Skriv datoen som ÅÅÅÅ-MM-DD.")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document refusedPage = Jsoup.parse(refused);
		assertThat(refusedPage.getElementById("focusAreas0.goals0.description").text()).isEqualTo("Flere børn trives");
		assertThat(refusedPage.getElementById("focusAreas0.goals0.dueDate").val()).isEqualTo("31-12-2081");
		assertThat(refusedPage.getElementById("title").attr("aria-invalid")).isEqualTo("true");
		assertThat(count()).as("nothing saved").isEqualTo(before);

		String location = mvc.perform(form.apply(1, 0).param("action", "save"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		StrategyPlan saved = plans.findByCodeAndYear("UI-REDIGER", 2081).orElseThrow();
		assertThat(location).isEqualTo("/planer/" + saved.getId());
		PlanDocument document = transfer.export(saved.getId());
		assertThat(document.focusAreas()).extracting(FocusAreaDocument::title).containsExactly("Børn først", "Økonomi i balance");
		assertThat(document.focusAreas().get(0).responsibleDirector()).isEqualTo("sofie");
		assertThat(document.focusAreas().get(0).goals()).containsExactly(
				new GoalDocument("Flere børn trives", "Trivselsmåling", "90 %", LocalDate.of(2081, 12, 31)));

		mvc.perform(owner(get(location)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sofie Lind")))
			.andExpect(content().string(containsString("Redigér planen")))
			.andExpect(content().string(containsString("Der er endnu ikke startet et årshjul for planen.")));

		// edited: the heading and a goal change; a save over an older version is refused
		mvc.perform(owner(get(location + "/rediger"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Redigér planen")));
		String version = String.valueOf(saved.getVersion());
		mvc.perform(form.apply(1, 0).param("version", version).param("title", "Sammen om velfærd 2081")
			.param("focusAreas[0].goals[0].target", "95 %")
			.param("action", "save"))
			.andExpect(status().isUnprocessableEntity()); // posted to /planer/ny: the name is taken
		MockHttpServletRequestBuilder edit = owner(post(location + "/rediger")).param("version", version)
			.param("title", "Sammen om velfærd 2081")
			.param("code", "UI-REDIGER")
			.param("year", "2081")
			.param("kind", "POLITICAL_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("periodFrom", "2081-01-01")
			.param("focusAreas[0].title", "Børn først")
			.param("focusAreas[0].goals[0].description", "Flere børn trives")
			.param("focusAreas[0].goals[0].target", "95 %");
		mvc.perform(edit).andExpect(redirectedUrl(location));
		mvc.perform(edit).andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Planen er blevet ændret af en anden")));
		StrategyPlan edited = plans.findByCodeAndYear("UI-REDIGER", 2081).orElseThrow();
		assertThat(edited.getTitle()).isEqualTo("Sammen om velfærd 2081");
		assertThat(edited.getKind()).isEqualTo(PlanKind.POLITICAL_STRATEGY);
		assertThat(transfer.export(edited.getId()).focusAreas()).containsExactly(new FocusAreaDocument("Børn først", null,
				null, null, List.of(new GoalDocument("Flere børn trives", null, "95 %", null))));
	}

	@Test
	void anIndicatorIsAddedInTheEditorWithDanishFiguresAndRefusedFiguresComeBackBesideTheirField() throws Exception {
		Document added = Jsoup.parse(mvc.perform(healthPlan("/planer/ny").param("action", "addIndicator:0:0")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(added.getElementById("focusAreas0.goals0.indicators0.name")).as("an indicator row to fill in").isNotNull();
		assertThat(added.select("select[name='focusAreas[0].goals[0].indicators[0].unit'] option").eachText())
			.contains("procent (%)", "dage");
		assertThat(added.select("legend").eachText()).contains("Indikator 1.1.1");
		assertThat(plans.existsByCodeAndYear("UI-INDIKATOR", 2082)).as("adding a row saves nothing").isFalse();

		// a nameless indicator: refused by the plan's rules beside its field, nothing saved (a figure that is
		// not one is the editor's own refusal: PlanEditorSliceTests)
		long before = count();
		mvc.perform(indicator(healthPlan("/planer/ny"), "", "5").param("action", "save"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Indikatorens navn skal udfyldes.")));
		assertThat(count()).as("nothing saved").isEqualTo(before);

		// saved with Danish figures; shown again with a decimal comma; the plan's JSON has it
		mvc.perform(indicator(healthPlan("/planer/ny"), "Sygefravær", "5,0").param("action", "save")).andExpect(status().is3xxRedirection());
		StrategyPlan saved = plans.findByCodeAndYear("UI-INDIKATOR", 2082).orElseThrow();
		PlanDocument.IndicatorDocument indicator = transfer.export(saved.getId()).focusAreas().get(0).goals().get(0)
			.indicators().get(0);
		assertThat(indicator.name()).isEqualTo("Sygefravær");
		assertThat(indicator.unit()).isEqualTo(IndicatorUnit.PERCENT);
		assertThat(indicator.direction()).isEqualTo(IndicatorDirection.LOWER_IS_BETTER);
		assertThat(indicator.baselineValue()).isEqualByComparingTo("6.2");
		assertThat(indicator.baselineDate()).isEqualTo(LocalDate.of(2081, 12, 31));
		assertThat(indicator.targetValue()).isEqualByComparingTo("5");
		assertThat(indicator.reporter()).isEqualTo(IndicatorReporter.BOTH);
		Document editor = Jsoup.parse(mvc.perform(owner(get("/planer/" + saved.getId() + "/rediger")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(editor.getElementById("focusAreas0.goals0.indicators0.baselineValue").val()).isEqualTo("6,2");

		// the editor's own form sent back unchanged keeps what it does not show: Statistics Denmark's codes and intermediate targets
		PlanDocument withStatbank = transfer.export(saved.getId());
		PlanDocument.IndicatorDocument kept = new PlanDocument.IndicatorDocument(indicator.name(), indicator.unit(),
				indicator.direction(), indicator.baselineValue(), indicator.baselineDate(), indicator.targetValue(),
				LocalDate.of(2082, 12, 31), null, indicator.reporter(), "FRAV1", "OMRÅDE=316",
				List.of(new PlanDocument.MilestoneDocument(LocalDate.of(2082, 6, 30), new java.math.BigDecimal("5.6"))));
		GoalDocument goal = withStatbank.focusAreas().get(0).goals().get(0);
		transfer.replace(saved.getId(), new PlanDocument(withStatbank.code(), withStatbank.municipality(),
				withStatbank.title(), withStatbank.introduction(), withStatbank.year(), withStatbank.kind(),
				withStatbank.periodFrom(), withStatbank.periodTo(),
				List.of(new FocusAreaDocument(withStatbank.focusAreas().get(0).title(), null, null, null,
						List.of(new GoalDocument(goal.description(), goal.measure(), goal.target(), goal.dueDate(),
								List.of(kept)))))),
				plans.findById(saved.getId()).orElseThrow().getVersion());
		Document again = Jsoup.parse(mvc.perform(owner(get("/planer/" + saved.getId() + "/rediger")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		MockHttpServletRequestBuilder resent = owner(post("/planer/" + saved.getId() + "/rediger")).param("action", "save");
		for (org.jsoup.nodes.Element field : again.select("form.plan-editor [name]")) {
			if (field.tagName().equals("button") || field.attr("name").equals("_csrf")) {
				continue;
			}
			String value = field.tagName().equals("select") ? field.select("option[selected]").val()
					: field.tagName().equals("textarea") ? field.text() : field.val();
			resent.param(field.attr("name"), value);
		}
		mvc.perform(resent).andExpect(status().is3xxRedirection());
		assertThat(transfer.export(saved.getId()).focusAreas().get(0).goals().get(0).indicators()).containsExactly(kept);

		// the last indicator removed in the editor is gone from the plan
		mvc.perform(healthPlan("/planer/" + saved.getId() + "/rediger").param("action", "save")
			.param("version", String.valueOf(plans.findById(saved.getId()).orElseThrow().getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(transfer.export(saved.getId()).focusAreas().get(0).goals().get(0).indicators()).isNull();
	}

	/** The heading, one focus area and one goal of the indicator test's plan, posted to {@code url}. */
	private static MockHttpServletRequestBuilder healthPlan(String url) {
		return owner(post(url)).param("title", "Et sundt arbejdsliv")
			.param("code", "UI-INDIKATOR")
			.param("year", "2082")
			.param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("focusAreas[0].title", "Arbejdsmiljø")
			.param("focusAreas[0].goals[0].description", "Sygefraværet falder")
			.param("focusAreas[0].goals[0].target", "Højst 5 %");
	}

	private static MockHttpServletRequestBuilder indicator(MockHttpServletRequestBuilder plan, String name, String target) {
		String prefix = "focusAreas[0].goals[0].indicators[0].";
		return plan.param(prefix + "name", name)
			.param(prefix + "unit", "PERCENT")
			.param(prefix + "direction", "LOWER_IS_BETTER")
			.param(prefix + "baselineValue", "6,2")
			.param(prefix + "baselineDate", "2081-12-31")
			.param(prefix + "targetValue", target)
			.param(prefix + "reporter", "BOTH");
	}

	@Test
	void onlyProcessOwnersAndAdministratorsReachTheEditorAndARefusalChangesNothing() throws Exception {
		StrategyPlan plan = transfer.importDocument(plan("UI-ADGANG", 2082));
		String before = json.writeValueAsString(transfer.export(plan.getId()));
		long plansBefore = count();
		String id = String.valueOf(plan.getId());

		// a director (who reads every draft) may read it, but not edit it, create or import
		for (var request : List.of(get("/planer/" + id + "/rediger"), get("/planer/ny"), get("/planer/indlaes"))) {
			mvc.perform(as(request, "sofie", CamundaGroups.EXECUTIVE_BOARD)).andExpect(status().isForbidden());
		}
		mvc.perform(as(post("/planer/" + id + "/rediger"), "sofie", CamundaGroups.EXECUTIVE_BOARD).with(csrf())
			.param("title", "Kapret")
			.param("code", "UI-ADGANG")
			.param("year", "2082")
			.param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("periodFrom", "2082-01-01")
			.param("focusAreas[0].title", "Kapret")).andExpect(status().isForbidden());
		mvc.perform(as(post("/planer/ny"), "sofie", CamundaGroups.EXECUTIVE_BOARD).with(csrf())
			.param("title", "Ny").param("code", "UI-ADGANG-NY").param("year", "2082")
			.param("kind", "ADMINISTRATIVE_STRATEGY").param("municipality", "Demo Kommune")
			.param("periodFrom", "2082-01-01").param("focusAreas[0].title", "A")).andExpect(status().isForbidden());
		mvc.perform(as(multipart("/planer/indlaes/tabel"), "sofie", CamundaGroups.EXECUTIVE_BOARD).with(csrf())
			.param("title", "Ny").param("code", "UI-ADGANG-TABEL").param("year", "2082")
			.param("kind", "ADMINISTRATIVE_STRATEGY").param("municipality", "Demo Kommune")
			.param("periodFrom", "2082-01-01").param("table", "Indsatsområde\tMål\nA\tB\n"))
			.andExpect(status().isForbidden());

		// an employee representative does not know the draft exists: 404 everywhere
		for (var request : List.of(get("/planer/" + id), get("/planer/" + id + "/rediger"), get("/planer/" + id + "/plan.json"),
				get("/aarshjul/UI-ADGANG-2082"))) {
			mvc.perform(as(request, "peter")).andExpect(status().isNotFound());
		}
		mvc.perform(as(post("/planer/" + id + "/rediger"), "peter").with(csrf()).param("title", "Kapret"))
			.andExpect(status().isNotFound());
		mvc.perform(as(get("/"), "peter")).andExpect(content().string(not(containsString("UI-ADGANG"))));
		mvc.perform(as(get("/"), "sofie", CamundaGroups.EXECUTIVE_BOARD))
			.andExpect(content().string(containsString("href=\"/planer/" + id + "\"")))
			.andExpect(content().string(not(containsString("href=\"/planer/ny\""))));

		// nobody signed in: nothing answers; without the form's CSRF token a process owner's post is refused too
		// (sent to sign in again, as every form of Årshjul's is)
		for (String path : List.of("/planer/ny", "/planer/indlaes", "/planer/" + id, "/planer/" + id + "/rediger",
				"/planer/" + id + "/plan.json")) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
		}
		mvc.perform(as(post("/planer/" + id + "/rediger"), "olivia", CamundaGroups.PROCESS_OWNERS).param("title", "Kapret")
			.param("code", "UI-ADGANG").param("year", "2082").param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune").param("focusAreas[0].title", "Kapret"))
			.andExpect(redirectedUrl("/login?expired"));

		// a hand-made row index far beyond the editor's limit is a bad request, not thousands of rows
		mvc.perform(owner(post("/planer/" + id + "/rediger")).param("focusAreas[5000].title", "Mange"))
			.andExpect(status().isBadRequest());

		assertThat(json.writeValueAsString(transfer.export(plan.getId()))).as("the plan unchanged").isEqualTo(before);
		assertThat(count()).as("no plan created").isEqualTo(plansBefore);
		assertThat(plans.existsByCodeAndYear("UI-ADGANG-NY", 2082)).isFalse();
		assertThat(plans.existsByCodeAndYear("UI-ADGANG-TABEL", 2082)).isFalse();
	}

	@Test
	void aPastedTableWithOneBadRowIsRefusedNamingTheRowAndNothingIsSaved() throws Exception {
		long before = count();
		String table = """
				Indsatsområde\tStrategi\tMål\tMålemetode\tMålsætning\tFrist
				Børn og unge\tTidlig indsats\tFlere børn trives\tTrivselsmåling\t90 %\t31-12-2083
				\t\tFærre fravær\tFraværsstatistik\tUnder 5 %\t31-02-2083
				Grøn omstilling\tMindre CO2\tHalvér udledningen\tCO2-regnskab\t50 %\t30-06-2083
				""";
		mvc.perform(tableImport("UI-TABEL", table))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Planen blev ikke indlæst. Intet er gemt.")))
			.andExpect(content().string(containsString("Række 3: Fristen »31-02-2083« er ikke en dato.")))
			.andExpect(content().string(not(containsString("Række 2"))))
			.andExpect(content().string(not(containsString("Række 4"))))
			// the pasted table and the heading come back as they were sent
			.andExpect(content().string(containsString("Færre fravær\tFraværsstatistik")))
			.andExpect(content().string(containsString("value=\"UI-TABEL\"")));
		assertThat(count()).as("nothing saved").isEqualTo(before);
		assertThat(plans.existsByCodeAndYear("UI-TABEL", 2083)).isFalse();

		// a control character in a goal is named by its row and column
		mvc.perform(tableImport("UI-TABEL", "Indsatsområde\tMål\nBørn\tEt\u0007mål\n"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Række 2, Mål: Teksten indeholder usynlige styretegn")));
		assertThat(count()).isEqualTo(before);

		// corrected, the same table is saved as the plan, focus areas in the rows' order
		mvc.perform(tableImport("UI-TABEL", table.replace("31-02-2083", "28-02-2083")))
			.andExpect(redirectedUrlPattern("/planer/*"));
		PlanDocument saved = transfer.export(plans.findByCodeAndYear("UI-TABEL", 2083).orElseThrow().getId());
		assertThat(saved.focusAreas()).extracting(FocusAreaDocument::title).containsExactly("Børn og unge", "Grøn omstilling");
		assertThat(saved.focusAreas().get(0).goals()).hasSize(2);
		assertThat(saved.focusAreas().get(0).goals().get(1).dueDate()).isEqualTo(LocalDate.of(2083, 2, 28));
	}

	@Test
	void anExportedPlanImportedAgainIsTheSamePlan() throws Exception {
		StrategyPlan original = transfer.importDocument(plan("UI-EKSPORT", 2084));
		String exported = mvc.perform(owner(get("/planer/" + original.getId() + "/plan.json")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("UI-EKSPORT-2084.json")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// the same plan under next year's name, as a municipality carries a plan over
		String nextYear = exported.replace("\"year\":2084", "\"year\":2085");

		mvc.perform(owner(multipart("/planer/indlaes/json").file("file", nextYear.getBytes(StandardCharsets.UTF_8))))
			.andExpect(redirectedUrlPattern("/planer/*"));

		PlanDocument again = transfer.export(plans.findByCodeAndYear("UI-EKSPORT", 2085).orElseThrow().getId());
		PlanDocument before = transfer.export(original.getId());
		assertThat(again).isEqualTo(new PlanDocument(before.code(), before.municipality(), before.title(),
				before.introduction(), 2085, before.kind(), before.periodFrom(), before.periodTo(), before.focusAreas()));

		// the same file once more is refused: the name is taken; nothing saved
		long count = count();
		mvc.perform(owner(multipart("/planer/indlaes/json").file("file", nextYear.getBytes(StandardCharsets.UTF_8))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Der findes allerede en plan med koden UI-EKSPORT for år 2085.")));
		assertThat(count()).isEqualTo(count);
	}

	@Test
	void aPlanHasAPageBeforeItsFirstCycleAndIsNoLongerEditedHereOnceOneStarted() throws Exception {
		StrategyPlan plan = transfer.importDocument(plan("UI-HJUL", 2086));
		mvc.perform(owner(get("/aarshjul/UI-HJUL-2086"))).andExpect(redirectedUrl("/planer/" + plan.getId()));
		// a later year's cycle would carry on the newest plan before it; an earlier year has none
		mvc.perform(owner(get("/aarshjul/UI-HJUL-2087"))).andExpect(redirectedUrl("/planer/" + plan.getId()));
		mvc.perform(owner(get("/aarshjul/UI-HJUL-2085"))).andExpect(status().isNotFound());
		mvc.perform(owner(get("/aarshjul/ny?planCode=UI-HJUL&year=2086")))
			.andExpect(content().string(containsString(">Plan UI-HJUL (UI-HJUL)</option>")));

		cycle.start("olivia", CycleDriver.calendar("UI-HJUL", 2086));

		mvc.perform(owner(get("/aarshjul/UI-HJUL-2086"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidlig indsats")));
		mvc.perform(owner(get("/planer/" + plan.getId())))
			.andExpect(content().string(containsString("href=\"/aarshjul/UI-HJUL-2086\"")))
			.andExpect(content().string(not(containsString("Redigér planen"))));
		String before = json.writeValueAsString(transfer.export(plan.getId()));
		mvc.perform(owner(post("/planer/" + plan.getId() + "/rediger")).param("title", "Ændret")
			.param("code", "UI-HJUL")
			.param("year", "2086")
			.param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("periodFrom", "2086-01-01")
			.param("focusAreas[0].title", "Ændret"))
			.andExpect(redirectedUrl("/planer/" + plan.getId()));
		assertThat(json.writeValueAsString(transfer.export(plan.getId()))).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder tableImport(String code, String table) {
		return owner(multipart("/planer/indlaes/tabel")).param("title", "Tabelplanen")
			.param("code", code)
			.param("year", "2083")
			.param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("periodFrom", "2083-01-01")
			.param("table", table);
	}

	static PlanDocument plan(String code, int year) {
		return new PlanDocument(code, "Demo Kommune", "Plan " + code, "Indledning", year, PlanKind.ADMINISTRATIVE_STRATEGY,
				LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				List.of(new FocusAreaDocument("Børn og unge", "Tidlig indsats", null, "sofie",
						List.of(new GoalDocument("Flere børn trives", "Trivselsmåling", "90 %", LocalDate.of(year, 12, 31)))),
						new FocusAreaDocument("Grøn omstilling", null, null, null, List.of())));
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from strategy_plan", Long.class);
	}

	private static MockHttpServletRequestBuilder owner(MockHttpServletRequestBuilder request) {
		return as(request, "olivia", CamundaGroups.PROCESS_OWNERS).with(csrf());
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String userId, String... groups) {
		return request.with(user(userId).authorities(Arrays.stream(groups)
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group))
			.toList()));
	}

}
