package dk.aarshjul.plan;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.organisation.MunicipalityName;
import dk.aarshjul.system.ControllerSlice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan editor ({@code /planer/ny}, {@code /planer/{id}/rediger}) alone: what it makes of the typed
 * form (Danish figures, dates, empty rows) and how it answers a refusal — in Danish beside the field,
 * the plan service not called. The plan rules themselves ({@link PlanTransfer}) and saving are in
 * {@code PlanModel*Tests} and {@code PlanPagesTests}.
 */
@ControllerSlice(PlanPages.class)
class PlanEditorSliceTests {

	private static final long PLAN_ID = 7;

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PlanTransfer transfer;

	@MockitoBean
	StrategyPlanRepository plans;

	@MockitoBean
	PlanAccess access;

	@MockitoBean
	PlanTableImport tables;

	@MockitoBean
	ExecutiveBoard board;

	@MockitoBean
	MunicipalityName municipality;

	private final StrategyPlan plan = mock(StrategyPlan.class);

	@BeforeEach
	void aProcessOwnerAndAnEditablePlan() {
		when(access.mayImport(any())).thenReturn(true);
		when(access.mayRead(any(), any())).thenReturn(true);
		when(access.mayEdit(any(), any())).thenReturn(true);
		when(board.members()).thenReturn(List.of(new ExecutiveBoard.Member("sofie", "Sofie Lind")));
		when(plan.getId()).thenReturn(PLAN_ID);
		when(plan.getTitle()).thenReturn("Et sundt arbejdsliv");
		when(plan.getVersion()).thenReturn(3L);
		when(plans.findById(PLAN_ID)).thenReturn(Optional.of(plan));
		when(transfer.importDocument(any())).thenReturn(plan);
		when(transfer.replace(anyLong(), any(), any())).thenReturn(plan);
	}

	@Test
	void aNewPlanIsForNextYear() throws Exception {
		Document page = page(mvc.perform(get("/planer/ny").with(user("olivia"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8));
		// the slice's clock stands in 2026
		assertThat(page.getElementById("year").val()).isEqualTo("2027");
		assertThat(page.getElementById("focusAreas0.responsibleDirector").select("option").eachText()).contains("Sofie Lind");
	}

	@Test
	void danishFiguresAreSavedAsNumbersAndAnEmptyPeriodIsThePlansYear() throws Exception {
		mvc.perform(indicator(healthPlan(post("/planer/ny")), "1.234,5", "5,5").param("action", "save"))
			.andExpect(redirectedUrl("/planer/" + PLAN_ID))
			.andExpect(flash().attribute("saved", "Planen »Et sundt arbejdsliv« er oprettet."));

		ArgumentCaptor<PlanDocument> saved = ArgumentCaptor.forClass(PlanDocument.class);
		verify(transfer).importDocument(saved.capture());
		PlanDocument document = saved.getValue();
		assertThat(document.periodFrom()).isEqualTo(LocalDate.of(2082, 1, 1));
		assertThat(document.periodTo()).isEqualTo(LocalDate.of(2082, 12, 31));
		PlanDocument.IndicatorDocument indicator = document.focusAreas().get(0).goals().get(0).indicators().get(0);
		assertThat(indicator.name()).isEqualTo("Sygefravær");
		assertThat(indicator.unit()).isEqualTo(IndicatorUnit.PERCENT);
		assertThat(indicator.baselineValue()).isEqualByComparingTo(new BigDecimal("1234.5"));
		assertThat(indicator.baselineDate()).isEqualTo(LocalDate.of(2081, 12, 31));
		assertThat(indicator.targetValue()).isEqualByComparingTo(new BigDecimal("5.5"));
		assertThat(indicator.reporter()).isEqualTo(IndicatorReporter.BOTH);
	}

	@Test
	void aFigureThatIsNotOneIsRefusedBesideItsFieldAsTypedAndNothingIsSaved() throws Exception {
		String answer = mvc.perform(indicator(healthPlan(post("/planer/ny")), "6,2", "fem").param("action", "save"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		Document page = page(answer);
		assertThat(page.getElementById("focusAreas0.goals0.indicators0.targetValue-error").text())
			.startsWith("Skriv et tal, fx 4,5");
		assertThat(page.getElementById("focusAreas0.goals0.indicators0.targetValue").val()).isEqualTo("fem");
		assertThat(page.getElementById("focusAreas0.goals0.indicators0.baselineValue").val()).isEqualTo("6,2");
		verify(transfer, never()).importDocument(any());
	}

	@Test
	void thePlanRulesRefusalIsShownBesideItsFieldAndNothingIsSaved() throws Exception {
		when(transfer.problems(any(), isNull())).thenReturn(List.of(new InvalidPlanException.FieldProblem(
				"focusAreas[0].goals[0].indicators[0].name", "Indikatorens navn skal udfyldes.")));

		String answer = mvc.perform(indicator(healthPlan(post("/planer/ny")), "6,2", "5").param("action", "save"))
			.andExpect(status().isUnprocessableEntity())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page(answer).getElementById("focusAreas0.goals0.indicators0.name-error").text())
			.isEqualTo("Indikatorens navn skal udfyldes.");
		verify(transfer, never()).importDocument(any());
	}

	@Test
	void aRowButtonChangesTheFormAndSavesNothing() throws Exception {
		Document page = page(mvc.perform(healthPlan(post("/planer/ny")).param("action", "addIndicator:0:0"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

		assertThat(page.getElementById("focusAreas0.goals0.indicators0.name")).as("an indicator row to fill in").isNotNull();
		assertThat(page.getElementById("focusAreas0.title").val()).isEqualTo("Arbejdsmiljø");
		verify(transfer, never()).importDocument(any());
	}

	@Test
	void anEditIsSavedOverTheVersionItWasOpenedAt() throws Exception {
		mvc.perform(indicator(healthPlan(post("/planer/" + PLAN_ID + "/rediger")), "6,2", "5")
			.param("version", "3").param("periodFrom", "2082-03-01").param("action", "save"))
			.andExpect(redirectedUrl("/planer/" + PLAN_ID))
			.andExpect(flash().attribute("saved", "Planen »Et sundt arbejdsliv« er gemt."));

		ArgumentCaptor<PlanDocument> saved = ArgumentCaptor.forClass(PlanDocument.class);
		verify(transfer).replace(eq(PLAN_ID), saved.capture(), eq(3L));
		assertThat(saved.getValue().periodFrom()).isEqualTo(LocalDate.of(2082, 3, 1));
		assertThat(saved.getValue().periodTo()).as("a period from a day is not filled in").isNull();
		assertThat(saved.getValue().focusAreas().get(0).goals().get(0).indicators().get(0).targetValue())
			.isEqualByComparingTo(new BigDecimal("5"));
	}

	@Test
	void anEditWithABadDateIsRefusedBesideItsFieldAndNothingIsSaved() throws Exception {
		mvc.perform(healthPlan(post("/planer/" + PLAN_ID + "/rediger")).param("version", "3")
			.param("focusAreas[0].goals[0].dueDate", "31-12-2082")
			.param("action", "save"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString(
					"<span class=\"error\" id=\"focusAreas0.goals0.dueDate-error\">Skriv datoen som ÅÅÅÅ-MM-DD.</span>")));

		verify(transfer, never()).replace(anyLong(), any(), any());
	}

	@Test
	void aPlanWhoseCycleStartedIsNotEditedAndNothingIsSaved() throws Exception {
		when(access.mayEdit(any(), any())).thenReturn(false);

		mvc.perform(healthPlan(post("/planer/" + PLAN_ID + "/rediger")).param("version", "3").param("action", "save"))
			.andExpect(redirectedUrl("/planer/" + PLAN_ID))
			.andExpect(flash().attribute("locked", containsString("et årshjul af den er startet")));

		verify(transfer, never()).replace(anyLong(), any(), any());
	}

	@Test
	void onlyThoseWhoMayImportReachTheEditorAndNothingIsSaved() throws Exception {
		when(access.mayImport(any())).thenReturn(false);

		mvc.perform(get("/planer/ny").with(user("sofie"))).andExpect(status().isForbidden());
		mvc.perform(healthPlan(post("/planer/ny")).param("action", "save")).andExpect(status().isForbidden());
		mvc.perform(healthPlan(post("/planer/" + PLAN_ID + "/rediger")).param("version", "3").param("action", "save"))
			.andExpect(status().isForbidden());

		verify(transfer, never()).importDocument(any());
		verify(transfer, never()).replace(anyLong(), any(), any());
	}

	/** A plan's heading, one focus area and one goal, as the editor's form sends them. */
	private static MockHttpServletRequestBuilder healthPlan(MockHttpServletRequestBuilder request) {
		return request.with(user("olivia")).with(csrf())
			.param("title", "Et sundt arbejdsliv")
			.param("code", "UI-INDIKATOR")
			.param("year", "2082")
			.param("kind", "ADMINISTRATIVE_STRATEGY")
			.param("municipality", "Demo Kommune")
			.param("focusAreas[0].title", "Arbejdsmiljø")
			.param("focusAreas[0].goals[0].description", "Sygefraværet falder")
			.param("focusAreas[0].goals[0].target", "Højst 5 %");
	}

	private static MockHttpServletRequestBuilder indicator(MockHttpServletRequestBuilder plan, String baseline, String target) {
		String prefix = "focusAreas[0].goals[0].indicators[0].";
		return plan.param(prefix + "name", "Sygefravær")
			.param(prefix + "unit", "PERCENT")
			.param(prefix + "direction", "LOWER_IS_BETTER")
			.param(prefix + "baselineValue", baseline)
			.param(prefix + "baselineDate", "2081-12-31")
			.param(prefix + "targetValue", target)
			.param(prefix + "reporter", "BOTH");
	}

	private static Document page(String html) {
		return Jsoup.parse(html);
	}

}
