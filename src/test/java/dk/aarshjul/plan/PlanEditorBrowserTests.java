package dk.aarshjul.plan;


import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process owner writes a new plan in the plan editor — two focus areas with goals, the second
 * moved up to first — sees its page before any cycle, starts its cycle from there (the picker
 * names the plan) and finds the plan on the cycle's page. At a desk (1400 px) and on a phone
 * (390 px). Screenshots: {@code target/screenshots/plan-editor-desk/} and {@code .../plan-editor-phone/}.
 */
@H2Test
class PlanEditorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	StrategyPlanRepository plans;

	@Autowired
	PlanTransfer transfer;

	@Test
	void aProcessOwnerWritesAPlanStartsItsCycleAndSeesItOnItsPage() throws Exception {
		writeStartAndSee("plan-editor-desk", 1400, "UI-SKRIVEBORD", 2088, "Fælles om fremtiden (skrivebord)");
	}

	@Test
	void onAPhoneToo() throws Exception {
		writeStartAndSee("plan-editor-phone", 390, "UI-TELEFON", 2089, "Fælles om fremtiden (telefon)");
	}

	private void writeStartAndSee(String name, int width, String code, int year, String title) throws Exception {
		try (Browser owner = Browser.open(name)) {
			owner.resize(width, 1800);
			owner.signIn(url("/login"), "olivia");

			owner.go(url("/"));
			owner.click(By.linkText("Ny plan"));
			owner.waitFor(By.id("focusAreas0.title"));
			owner.type(By.id("title"), title);
			owner.type(By.id("code"), code);
			owner.type(By.id("year"), String.valueOf(year));
			owner.type(By.id("focusAreas0.title"), "Økonomi i balance");
			owner.type(By.id("focusAreas0.strategy"), "Vi prioriterer kerneopgaven.");
			owner.type(By.id("focusAreas0.goals0.description"), "Budgettet overholdes");
			owner.type(By.id("focusAreas0.goals0.measure"), "Regnskabet");
			owner.type(By.id("focusAreas0.goals0.target"), "0 kr. i merforbrug");
			date(owner, "focusAreas0.goals0.dueDate", year + "-12-31");
			owner.click(By.xpath("//button[contains(., 'Tilføj et indsatsområde')]"));

			owner.type(By.id("focusAreas1.title"), "Børn og unge trives");
			new Select(owner.waitFor(By.id("focusAreas1.responsibleDirector"))).selectByVisibleText("Sofie Lind");
			owner.type(By.id("focusAreas1.goals0.description"), "Flere børn trives i skolen");
			owner.type(By.id("focusAreas1.goals0.measure"), "Den nationale trivselsmåling");
			owner.type(By.id("focusAreas1.goals0.target"), "90 % trives");
			date(owner, "focusAreas1.goals0.dueDate", year + "-06-30");
			owner.click(By.cssSelector("button[aria-label='Tilføj et mål til indsatsområde 2']"));
			owner.type(By.id("focusAreas1.goals1.description"), "Færre elever fravær over 10 %");
			// the goal is measured: an indicator with Danish figures
			owner.click(By.cssSelector("button[aria-label='Tilføj en indikator til mål 2.2']"));
			owner.type(By.id("focusAreas1.goals1.indicators0.name"), "Elever med fravær over 10 %");
			new Select(owner.waitFor(By.id("focusAreas1.goals1.indicators0.unit"))).selectByVisibleText("procent (%)");
			new Select(owner.waitFor(By.id("focusAreas1.goals1.indicators0.direction"))).selectByVisibleText("lavere er bedre");
			owner.type(By.id("focusAreas1.goals1.indicators0.baselineValue"), "12,5");
			owner.type(By.id("focusAreas1.goals1.indicators0.targetValue"), "8");
			owner.screenshot("two-focus-areas");

			// the second focus area matters most: moved up to first
			owner.click(By.cssSelector("button[aria-label='Flyt indsatsområde 2 op']"));
			owner.waitForText(By.cssSelector("#area-0 legend"), "Indsatsområde 1");
			assertThat(owner.waitFor(By.id("focusAreas0.title")).getAttribute("value")).isEqualTo("Børn og unge trives");
			assertThat(owner.waitFor(By.id("focusAreas1.title")).getAttribute("value")).isEqualTo("Økonomi i balance");
			owner.screenshot("moved-up");

			// a required field left empty: refused beside it, the rest kept as typed
			owner.type(By.id("focusAreas1.title"), " ");
			owner.click(By.xpath("//main//button[@value='save' and not(@aria-hidden)]"));
			owner.waitForText(By.id("focusAreas1.title-error"), "Indsatsområdets titel skal udfyldes.");
			// the summary at the top links to the field, which a phone shows far below it
			owner.click(By.linkText("Indsatsområdets titel skal udfyldes."));
			assertThat(owner.currentUrl()).endsWith("#focusAreas1.title");
			assertThat(owner.waitFor(By.id("focusAreas1.goals0.description")).getAttribute("value")).isEqualTo("Budgettet overholdes");
			assertThat(plans.existsByCodeAndYear(code, year)).isFalse();
			owner.screenshot("refused-beside-field");
			owner.type(By.id("focusAreas1.title"), "Økonomi i balance");
			owner.click(By.xpath("//main//button[@value='save' and not(@aria-hidden)]"));

			owner.waitForText(By.tagName("main"), "Planen »" + title + "« er oprettet.");
			assertThat(transfer.export(plans.findByCodeAndYear(code, year).orElseThrow().getId()).focusAreas().get(0).goals()
				.get(1).indicators()).singleElement()
				.satisfies(indicator -> assertThat(indicator.baselineValue()).isEqualByComparingTo("12.5"));
			assertThat(owner.pageText()).contains("Der er endnu ikke startet et årshjul for planen.")
				.contains("ansvarlig: Sofie Lind")
				.contains("Den nationale trivselsmåling")
				.contains("30.06." + year)
				.contains("01.01." + year + " – 31.12." + year);
			owner.screenshot("plan-page-before-cycle");
			StrategyPlan saved = plans.findByCodeAndYear(code, year).orElseThrow();
			assertThat(transfer.export(saved.getId()).focusAreas()).extracting(FocusAreaDocument::title)
				.containsExactly("Børn og unge trives", "Økonomi i balance");
			assertThat(transfer.export(saved.getId()).focusAreas().get(0).goals()).hasSize(2);

			// the year's page is the plan's page until a cycle starts
			owner.go(url("/aarshjul/" + code + "-" + year));
			owner.waitForText(By.tagName("h1"), title);

			owner.click(By.linkText("Start et årshjul for planen"));
			owner.waitFor(By.id("draftingDeadline"));
			WebElement picked = new Select(owner.waitFor(By.id("planCode"))).getFirstSelectedOption();
			assertThat(picked.getText()).isEqualTo(title + " (" + code + ")");
			owner.screenshot("start-form-names-the-plan");
			owner.click(By.xpath("//button[contains(., 'Start årshjulet')]"));
			owner.waitForText(By.tagName("body"), "Årshjulet " + code + "-" + year + " er startet.");

			owner.go(url("/"));
			owner.click(By.linkText(title));
			owner.click(By.linkText("Årshjul " + code + "-" + year));
			owner.waitForText(By.tagName("main"), "Børn og unge trives");
			assertThat(owner.currentUrl()).endsWith("/aarshjul/" + code + "-" + year);
			assertThat(owner.pageText()).contains("Økonomi i balance").contains("Flere børn trives i skolen");
			owner.screenshot("cycle-page");

			owner.go(url("/planer/" + saved.getId()));
			assertThat(owner.pageText()).doesNotContain("Redigér planen").contains("Et årshjul af planen er startet.");
			owner.screenshot("plan-page-with-cycle");
		}
	}

	/** A date field's value as the browser's date picker would leave it (its typing order depends on the language). */
	private static void date(Browser browser, String id, String isoDate) {
		browser.script("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
