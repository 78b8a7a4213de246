package dk.aarshjul.indicator;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.plan.Indicator;
import dk.aarshjul.plan.IndicatorRepository;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanRevision;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.plan.StrategyPlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indicators on a real database: part of the plan's JSON and of next year's draft; values whose
 * light the rule proposes, overridden only with a reason, red only with what is done; CSV that is
 * taken whole or not at all; the API that shows them and lets only process owners bring values in.
 */
abstract class IndicatorValuesTests {

	private static final AtomicInteger YEARS = new AtomicInteger(2050);

	@Autowired
	PlanTransfer transfer;

	@Autowired
	PlanRevision revision;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	IndicatorValues values;

	@Autowired
	IndicatorCsv csv;

	@Autowired
	PlanIndicators planIndicators;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestRestTemplate web;

	@Autowired
	ObjectMapper json;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Test
	void indicatorsTravelWithThePlansJsonAndIntoNextYearsDraft() {
		int year = YEARS.incrementAndGet();
		PlanDocument imported = IndicatorFixtures.seedsPlan("INDIKATOR-JSON", year);
		StrategyPlan plan = transfer.importDocument(imported);

		assertThat(transfer.export(plan.getId())).isEqualTo(imported);

		StrategyPlan next = revision.copyAsNextYearsDraft(plan.getId(), year + 1);
		List<PlanDocument.IndicatorDocument> carried = transfer.export(next.getId()).focusAreas().get(0).goals().get(0).indicators();
		assertThat(carried).containsExactlyElementsOf(imported.focusAreas().get(0).goals().get(0).indicators());
		assertThat(carried).extracting(PlanDocument.IndicatorDocument::baselineValue)
			.containsExactly(new BigDecimal("6.2"), new BigDecimal("78"));
	}

	@Test
	void theRuleProposesTheLightAndAnOverrideNeedsAReasonAndRedWhatIsDone() {
		StrategyPlan plan = transfer.importDocument(IndicatorFixtures.seedsPlan("INDIKATOR-LYS", YEARS.incrementAndGet()));
		Indicator absence = indicators.findByPlan(plan.getId()).get(0);
		LocalDate measured = LocalDate.of(2025, 6, 30);
		long before = count();

		// 5.4 % against at most 5 %: within 10 % of the target, so yellow is proposed
		List<IndicatorValue> saved = values.record(plan.getId(),
				List.of(new NewValue(absence.getId(), "laering", measured, measured, new BigDecimal("5.4"), "Lønsystemet",
						null, null, null)), ValueOrigin.ENTERED, "anders");
		assertThat(saved).singleElement().satisfies(value -> {
			assertThat(value.getProposedLight()).isEqualTo(Light.YELLOW);
			assertThat(value.getLight()).isEqualTo(Light.YELLOW);
		});
		assertThat(count()).isEqualTo(before + 1);

		// green instead of yellow without a reason, and red without what is done: both refused, nothing saved
		assertThatThrownBy(() -> values.record(plan.getId(), List.of(
				new NewValue(absence.getId(), "skoler", measured, measured, new BigDecimal("5.4"), null, Light.GREEN, " ", null),
				new NewValue(absence.getId(), "dagtilbud", measured, measured, new BigDecimal("7"), null, null, null, null)),
				ValueOrigin.ENTERED, "birgit"))
			.isInstanceOfSatisfying(ValueRefusedException.class, refusal -> assertThat(refusal.problems()).containsExactly(
					"Indikatoren Sygefravær: reglen foreslår gul. Vælger du grøn, skal du skrive hvorfor.",
					"Indikatoren Sygefravær er rød: skriv, hvad der bliver gjort."));
		assertThat(count()).isEqualTo(before + 1);

		// with the reason and the action both are taken, the proposal kept beside the choice
		List<IndicatorValue> explained = values.record(plan.getId(), List.of(
				new NewValue(absence.getId(), "skoler", measured, measured, new BigDecimal("5.4"), null, Light.GREEN,
						"Influenzaen i marts; resten af året under 5 %", null),
				new NewValue(absence.getId(), "dagtilbud", measured, measured, new BigDecimal("7"), null, null, null,
						"Tættere opfølgning på langtidssyge")), ValueOrigin.ENTERED, "birgit");
		assertThat(explained).extracting(IndicatorValue::getProposedLight, IndicatorValue::getLight)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Light.YELLOW, Light.GREEN),
					org.assertj.core.groups.Tuple.tuple(Light.RED, Light.RED));
	}

	@Test
	void aCentrallyReportedIndicatorTakesNoUnitsValue() {
		StrategyPlan plan = transfer.importDocument(IndicatorFixtures.seedsPlan("INDIKATOR-CENTRAL", YEARS.incrementAndGet()));
		Indicator education = indicators.findByPlan(plan.getId()).get(1);
		long before = count();

		assertThatThrownBy(() -> values.record(plan.getId(), List.of(new NewValue(education.getId(), "laering",
				LocalDate.of(2025, 6, 30), null, new BigDecimal("86"), null, null, null, null)), ValueOrigin.ENTERED, "anders"))
			.isInstanceOfSatisfying(ValueRefusedException.class, refusal -> assertThat(refusal.problems())
				.containsExactly("Indikatoren Unge i ungdomsuddannelse indberettes centralt for hele kommunen, ikke af enhederne."));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aCsvWithOneBadRowIsRefusedWholeNamingTheRow() throws Exception {
		StrategyPlan plan = transfer.importDocument(IndicatorFixtures.seedsPlan("INDIKATOR-CSV", YEARS.incrementAndGet()));
		long before = count();
		String bad = """
				indikator;enhed;dato;værdi;kilde
				Sygefravær;laering;2025-06-30;5,1;Lønsystemet
				Sygefravær;skoler;31.06.2025;4,9;Lønsystemet
				""";

		assertThatThrownBy(() -> csv.importValues(plan.getId(), stream(bad), "olivia"))
			.isInstanceOfSatisfying(ValueRefusedException.class, refusal -> assertThat(refusal.problems())
				.containsExactly("Række 3: \"31.06.2025\" er ikke en dato (brug ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ). Intet er indlæst."));
		assertThat(count()).isEqualTo(before);

		String good = """
				\uFEFFindikator;enhed;dato;værdi;kilde
				Sygefravær;laering;2025-06-30;5,1;Lønsystemet
				Unge i ungdomsuddannelse;;30.06.2025;84,2;"UU-vejledningen; halvårsopgørelse"
				""";
		List<IndicatorValue> imported = csv.importValues(plan.getId(), stream(good), "olivia");

		assertThat(imported).extracting(IndicatorValue::getUnitId, IndicatorValue::getValue, IndicatorValue::getOrigin,
				IndicatorValue::getSource, IndicatorValue::getLight)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("laering", new BigDecimal("5.1"), ValueOrigin.CSV, "Lønsystemet", Light.YELLOW),
					org.assertj.core.groups.Tuple.tuple(null, new BigDecimal("84.2"), ValueOrigin.CSV,
							"UU-vejledningen; halvårsopgørelse", Light.YELLOW));
		assertThat(count()).isEqualTo(before + 2);
	}

	@Test
	void theApiShowsValuesWithTheirTrendAndOnlyProcessOwnersBringValuesIn() throws Exception {
		StrategyPlan plan = transfer.importDocument(IndicatorFixtures.seedsPlan("INDIKATOR-API", YEARS.incrementAndGet()));
		String path = "/api/plans/" + plan.getId();
		String csvBody = "indikator;enhed;dato;værdi;kilde\nSygefravær;;2025-06-30;5,8;HR\n";
		long before = count();

		// karen (the executive board) reads the draft but brings no values in; anders does not even see it
		ResponseEntity<String> refused = web.withBasicAuth("karen", "demo")
			.postForEntity(path + "/indicator-values", csvEntity(csvBody), String.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody()).contains("Kun procesejere og administratorer");
		assertThat(count()).isEqualTo(before);

		ResponseEntity<String> uploaded = web.withBasicAuth("olivia", "demo")
			.postForEntity(path + "/indicator-values", csvEntity(csvBody), String.class);
		assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);

		JsonNode shown = json.readTree(web.withBasicAuth("karen", "demo").getForObject(path + "/indicators?unit=kommune", String.class));
		assertThat(shown).hasSize(2);
		assertThat(shown.get(0).get("name").asText()).isEqualTo("Sygefravær");
		assertThat(shown.get(0).get("values")).hasSize(1);
		assertThat(shown.get(0).get("values").get(0).get("origin").asText()).isEqualTo("CSV");
		assertThat(shown.get(0).get("latestLight").asText()).isEqualTo("RED");
		assertThat(shown.get(1).get("values")).isEmpty();

		assertThat(web.withBasicAuth("anders", "demo").getForEntity(path + "/indicators", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(web.withBasicAuth("anders", "demo").postForEntity(path + "/indicator-values", csvEntity(csvBody), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(web.withBasicAuth("karen", "demo").getForEntity("/api/plans/987654321/indicators", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void theTrendShowsEveryValueAgainstTheTargetAndEscapesNames() {
		StrategyPlan plan = transfer.importDocument(IndicatorFixtures.seedsPlan("INDIKATOR-TREND", YEARS.incrementAndGet()));
		Indicator absence = indicators.findByPlan(plan.getId()).get(0);
		values.record(plan.getId(), List.of(
				new NewValue(absence.getId(), null, LocalDate.of(2025, 6, 30), null, new BigDecimal("5.9"), null, null, null, "Plan for nedbringelse"),
				new NewValue(absence.getId(), null, LocalDate.of(2025, 12, 31), null, new BigDecimal("5.2"), null, null, null, null)),
				ValueOrigin.ENTERED, "olivia");

		PlanIndicators.IndicatorView view = planIndicators.of(plan.getId(), null, null, null).get(0);

		assertThat(view.trend().rows()).extracting(TrendChart.Row::series, TrendChart.Row::date, TrendChart.Row::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Udgangspunkt", "31.12.2024", "6,2"),
					org.assertj.core.groups.Tuple.tuple("Hele kommunen", "30.06.2025", "5,9"),
					org.assertj.core.groups.Tuple.tuple("Hele kommunen", "31.12.2025", "5,2"));
		assertThat(view.trend().svg()).contains("Mål 5").contains("<polyline").contains("Hele kommunen, 30.06.2025: 5,9")
			.doesNotContain("<script");
	}

	@Test
	void statbankFiguresAreFetchedFromTheSourceAndStoredWithIt() throws Exception {
		StrategyPlan plan = transfer.importDocument(IndicatorFixtures.seedsPlan("INDIKATOR-DST", YEARS.incrementAndGet()));
		Indicator education = indicators.findByPlan(plan.getId()).get(1);
		try (FakeStatbank statbank = FakeStatbank.answering("""
				﻿OMRÅDE;KØN;TID;INDHOLD
				316;TOT;2023;81,0
				316;TOT;2024;83,4
				316;TOT;2025;..
				""")) {
			IndicatorFetch fetch = new IndicatorFetch(indicators,
					new StatbankSource(new IndicatorSettings(null, 0, statbank.url())), values, messages);
			long before = count();

			List<IndicatorValue> fetched = fetch.fetch(plan.getId(), education.getId(), "olivia");

			JsonNode asked = json.readTree(statbank.lastRequest());
			assertThat(asked.get("table").asText()).isEqualTo("UDDAKT");
			assertThat(asked.get("format").asText()).isEqualTo("CSV");
			assertThat(asked.get("variables").toString()).contains("{\"code\":\"OMRÅDE\",\"values\":[\"316\"]}")
				.contains("{\"code\":\"Tid\",\"values\":[\"*\"]}");
			assertThat(fetched).singleElement().satisfies(value -> {
				assertThat(value.getValue()).isEqualByComparingTo("83.4");
				assertThat(value.getMeasuredOn()).isEqualTo(LocalDate.of(2024, 12, 31));
				assertThat(value.getOrigin()).isEqualTo(ValueOrigin.STATBANK);
				assertThat(value.getSource()).isEqualTo("Danmarks Statistik, UDDAKT, 2024");
				assertThat(value.getUnitId()).isNull();
				assertThat(value.getLight()).isEqualTo(Light.YELLOW);
			});
			assertThat(jdbc.queryForObject("select origin from indicator_value where id = ?", String.class,
					fetched.get(0).getId())).isEqualTo("STATBANK");
			assertThat(count()).isEqualTo(before + 1);
		}
		try (FakeStatbank down = FakeStatbank.failing(503)) {
			IndicatorFetch fetch = new IndicatorFetch(indicators, new StatbankSource(new IndicatorSettings(null, 0, down.url())),
					values, messages);
			long before = count();
			assertThatThrownBy(() -> fetch.fetch(plan.getId(), education.getId(), "olivia"))
				.isInstanceOfSatisfying(ValueRefusedException.class, refusal -> assertThat(refusal.problems())
					.containsExactly("Statistikbanken svarede ikke som ventet (HTTP 503). Intet er gemt."));
			assertThat(count()).isEqualTo(before);
		}
	}

	private long count() {
		return jdbc.queryForObject("select count(*) from indicator_value", Long.class);
	}

	private static ByteArrayInputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpEntity<String> csvEntity(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
		return new HttpEntity<>(body, headers);
	}

}
