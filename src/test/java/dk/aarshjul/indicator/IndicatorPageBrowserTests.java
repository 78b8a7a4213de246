package dk.aarshjul.indicator;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorRepository;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.system.Axe;
import dk.aarshjul.system.Browser;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's indicator page as a process owner uses it, at a desk and on a phone: each indicator's
 * chart with the same figures in a table, accessible by axe's WCAG 2.1 AA rules and without
 * sideways scrolling; a CSV with a bad row refused in Danish naming the row, nothing saved.
 */
@H2Test
class IndicatorPageBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	IndicatorValues values;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTrendsAndTheirTablesAtADeskAndOnAPhoneAndABadUploadRefused() throws Exception {
		StrategyPlan plan = transfer.importDocument(IndicatorFixtures.seedsPlan("INDIKATOR-SIDE", 2066));
		List<Indicator> ofPlan = indicators.findByPlan(plan.getId());
		values.record(plan.getId(), List.of(
				new NewValue(ofPlan.get(0).getId(), null, LocalDate.of(2025, 6, 30), null, new BigDecimal("5.9"), "HR",
						null, null, "Tættere opfølgning på langtidssyge"),
				new NewValue(ofPlan.get(0).getId(), "laering", LocalDate.of(2025, 6, 30), null, new BigDecimal("5.3"), "HR",
						null, null, null),
				new NewValue(ofPlan.get(0).getId(), null, LocalDate.of(2025, 12, 31), null, new BigDecimal("5.1"), "HR",
						null, null, null),
				new NewValue(ofPlan.get(1).getId(), null, LocalDate.of(2025, 12, 31), null, new BigDecimal("86"), "UU",
						null, null, null)), ValueOrigin.ENTERED, "olivia");
		Axe axe = Axe.load();
		String page = "http://localhost:" + port + "/planer/" + plan.getId() + "/indikatorer";
		try (Browser browser = Browser.open("indicator-page")) {
			browser.signIn("http://localhost:" + port + "/login", "olivia");
			for (int width : new int[] { 1400, 390 }) {
				browser.resize(width, 1000);
				browser.go(page);
				browser.waitFor(By.cssSelector("section.indicator svg"));
				browser.screenshot("indicators-" + width);
				assertThat(browser.findAll(By.cssSelector("section.indicator svg polyline"))).hasSize(3);
				assertThat(browser.findAll(By.cssSelector("section.indicator tbody tr")))
					.as("the baselines and the four values, as table rows").hasSize(6);
				assertThat(browser.text(By.cssSelector("section.indicator"))).contains("Sygefravær").contains("5 %")
					.contains("lavere er bedre").contains("6,2 %");
				assertThat(axe.violations(browser)).as("axe at %d px", width).isEmpty();
				assertThat(Axe.sidewaysOverflow(browser)).as("sideways at %d px", width).isEmpty();
			}

			long before = jdbc.queryForObject("select count(*) from indicator_value", Long.class);
			Path bad = Files.createTempFile("vaerdier", ".csv");
			Files.writeString(bad, "indikator;enhed;dato;værdi;kilde\nSygefravær;laering;2025-12-31;4,8;HR\nSygefravær;ukendt;2025-12-31;4,1;HR\n");
			browser.resize(1400, 1000);
			browser.waitFor(By.id("file")).sendKeys(bad.toString());
			browser.click(By.xpath("//button[contains(., 'Indlæs værdierne')]"));
			browser.waitFor(By.cssSelector(".errors[role='alert']"));
			browser.screenshot("refused-upload");
			assertThat(browser.text(By.cssSelector(".errors"))).contains("Række 3: enheden \"ukendt\" findes ikke");
			assertThat(jdbc.queryForObject("select count(*) from indicator_value", Long.class)).isEqualTo(before);
			assertThat(axe.violations(browser)).as("the refused upload").isEmpty();
		}
	}

}
