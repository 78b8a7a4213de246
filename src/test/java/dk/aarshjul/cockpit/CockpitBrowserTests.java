package dk.aarshjul.cockpit;

import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process owner in real (headless) Chromium opens the strategy cycle in Cockpit and finds, from
 * Årshjul's plugin, where each plan is stuck: the tab "Hvor er planerne?" with a late plan in
 * drafting and one in translation, the heat map on the diagram, and on the instance the tab
 * "Årshjul" with its timeline. Screenshots: {@code target/screenshots/cockpit-process-owner/}.
 */
@H2Test
class CockpitBrowserTests {

	private static final String LATE_KEY = "DEMO-STRATEGI-2073";

	private static final String TRANSLATING_KEY = "DEMO-STRATEGI-2074";

	private static final By WAITING_TAB = tab("Hvor er planerne?");

	@LocalServerPort
	int port;

	@Autowired
	CycleDriver cycle;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@AfterEach
	void resetClock() {
		cycle.resetClock();
	}

	@Test
	void processOwnerSeesInCockpitWhereEachPlanIsStuckAndTheTimelineOfOne() throws Exception {
		ProcessInstance late = cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2073));
		ProcessInstance translating = cycle.untilTranslation("DEMO-STRATEGI", TRANSLATING_KEY, 2074, List.of("job"));
		// the drafting deadline, 15 January 2073, is a Sunday: the task is due Monday, four days before
		cycle.moveClockTo(LocalDate.of(2073, 1, 20));
		String definition = late.getProcessDefinitionId();

		try (Browser owner = Browser.open("cockpit-process-owner")) {
			// One sign-in, Årshjul's, for Cockpit and for the plugin's calls to Årshjul's API alike
			owner.signIn(url("/camunda/app/cockpit/default/"), "olivia");

			owner.go(url("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime"));
			owner.waitForColdLoad(WAITING_TAB);
			owner.click(WAITING_TAB);
			WebElement lateRow = findOnSomePage(owner, LATE_KEY);
			owner.screenshot("where-are-the-plans");
			assertThat(lateRow.getText()).contains("DEMO-STRATEGI 2073", "Udkast", "Udarbejd udkast",
					"hos Koncerndirektionen", "4 dage forsinket", "frist 16.1.2073");
			assertThat(lateRow.findElement(By.partialLinkText("Udarbejd udkast")).getAttribute("href"))
				.contains("/camunda/app/tasklist/default/#/?task=");
			assertThat(lateRow.findElement(By.linkText("Planens side")).getAttribute("href"))
				.endsWith("/aarshjul/" + LATE_KEY);
			assertThat(lateRow.findElement(By.linkText("Instansen")).getAttribute("href"))
				.endsWith("#/process-instance/" + late.getId() + "/runtime");

			WebElement drafting = owner.waitFor(By.cssSelector(".aarshjul-heat[data-activity='callActivity_drafting']"));
			assertThat(Long.parseLong(drafting.getAttribute("data-waiting"))).as("as many as the engine has there")
				.isEqualTo(waitingAt(definition, StrategyCycleProcess.CALL_ACTIVITY_DRAFTING));
			assertThat(Integer.parseInt(drafting.getAttribute("data-late"))).isPositive();
			assertThat(drafting.getText()).contains("venter", "forsinket", "maks");
			assertThat(drafting.getAttribute("class")).contains("aarshjul-heat-late");
			WebElement translation = owner
				.waitFor(By.cssSelector(".aarshjul-heat[data-activity='callActivity_unitTranslation']"));
			assertThat(Long.parseLong(translation.getAttribute("data-waiting")))
				.isEqualTo(waitingAt(definition, StrategyCycleProcess.CALL_ACTIVITY_UNIT_TRANSLATION));
			assertThat(owner.findAll(By.cssSelector(".aarshjul-heat[data-activity='callActivity_followUpRound']")))
				.as("no badge where nobody waits")
				.hasSize(waitingAt(definition, StrategyCycleProcess.CALL_ACTIVITY_FOLLOW_UP_ROUND) == 0 ? 0 : 1);
			owner.screenshot("heat-map");

			WebElement translatingRow = findOnSomePage(owner, TRANSLATING_KEY);
			assertThat(translatingRow.getText()).contains("Oversættelse i enhederne", "Kerneområde Job og Uddannelse",
					"til tiden");
			owner.screenshot("translating-plan");
			translatingRow.findElement(By.linkText("Instansen")).click();

			owner.click(tab("Årshjul"));
			owner.waitForText(By.cssSelector(".aarshjul-timeline"), "Enhedernes oversættelse");
			String timeline = owner.text(By.cssSelector(".aarshjul-timeline"));
			owner.screenshot("instance-timeline");
			assertThat(timeline).contains("DEMO-STRATEGI 2074", "Faser", "Udkast", "Politisk behandling",
					"Oversættelse i enhederne", "i gang", "Trin undervejs", "Karen Dahl", "Åbne opgaver",
					"Oversæt strategiplanen – Kerneområde Job og Uddannelse", "Kerneområde Job og Uddannelse mangler");
			assertThat(owner.currentUrl()).contains("/process-instance/" + translating.getId());
			owner.script("document.querySelector('.aarshjul-units').scrollIntoView();");
			owner.screenshot("instance-open-tasks-and-units");

			// the drafting of 2074 is over: its called process's page lists it among the ended
			owner.go(url("/camunda/app/cockpit/default/#/process-definition/" + draftingDefinition(translating)
					+ "/runtime"));
			owner.click(tab("Afsluttede årshjul"));
			WebElement ended = owner.waitFor(By.cssSelector(".aarshjul-ended-table tr[data-key='" + TRANSLATING_KEY + "']"));
			owner.screenshot("ended-drafting");
			assertThat(ended.getText()).contains("DEMO-STRATEGI 2074", "gennemført", "min");
		}
	}

	/** The plugin's list is paged, most overdue first: leafs on until the plan shows. */
	private static WebElement findOnSomePage(Browser browser, String businessKey) throws Exception {
		By row = By.cssSelector(".aarshjul-waiting-table tr[data-key='" + businessKey + "']");
		browser.waitForText(By.cssSelector(".ctn-tabbed-content"), "de mest forsinkede først");
		while (browser.findAll(row).isEmpty()) {
			List<WebElement> next = browser.findAll(By.xpath("//button[normalize-space()='Næste' and not(@disabled)]"));
			if (next.isEmpty()) {
				browser.screenshot("not-found");
				throw new AssertionError(businessKey + " is on no page of 'Hvor er planerne?'");
			}
			String page = browser.text(By.cssSelector(".aarshjul-pager span"));
			next.get(0).click();
			browser.waitUntilGone(By.xpath("//div[@class='aarshjul-pager']/span[normalize-space()='" + page + "']"));
		}
		return browser.waitFor(row);
	}

	private String draftingDefinition(ProcessInstance cycleInstance) {
		return history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(cycleInstance.getId())
			.processDefinitionKey(DraftingProcess.KEY)
			.singleResult()
			.getProcessDefinitionId();
	}

	private long waitingAt(String definition, String activityId) {
		return runtime.createProcessInstanceQuery().processDefinitionId(definition).activityIdIn(activityId).count();
	}

	private static By tab(String label) {
		return By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + label + "']");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
