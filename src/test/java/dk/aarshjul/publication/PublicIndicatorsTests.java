package dk.aarshjul.publication;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.system.H2Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static dk.aarshjul.publication.PublishedIndicatorsDriver.INDICATOR;
import static dk.aarshjul.publication.PublishedIndicatorsDriver.KEY;
import static dk.aarshjul.publication.PublishedIndicatorsDriver.MARKUP_INDICATOR;
import static dk.aarshjul.publication.PublishedIndicatorsDriver.ON_TRACK_KEY;
import static dk.aarshjul.publication.PublishedIndicatorsDriver.UNIT_NAME;
import static dk.aarshjul.publication.PublishedIndicatorsDriver.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A published plan's indicators on the public page and in its JSON: the indicator as approved, and
 * only the values Økonomiudvalget has noted — not a value of a round still before it, nor one recorded
 * after the noting; the chart is an image with a title and the same figures stand in a table. A plan
 * that is not published shows none of it.
 */
@H2Test
class PublicIndicatorsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishedIndicatorsDriver plans;

	@Autowired
	Publishing publishing;

	@Autowired
	ObjectMapper json;

	@BeforeEach
	void plansWithIndicatorsAndNotedAndUnnotedValues() {
		plans.ensure();
	}

	@Test
	void thePageShowsTheNotedValuesAgainstTheTargetAndNothingUnnoted() throws Exception {
		Document page = Jsoup.parse(body("/offentlig/" + KEY, 200));
		Element indicator = page.selectFirst("li.goal section.indicator");
		assertThat(indicator).isNotNull();
		assertThat(indicator.selectFirst("h5").text()).isEqualTo(INDICATOR);
		assertThat(indicator.attr("aria-labelledby")).isEqualTo(indicator.selectFirst("h5").id());
		assertThat(indicator.selectFirst("dl.facts").text()).contains("5 % senest 31.12." + YEAR + " (lavere er bedre)")
			.contains("6,2 % (31.12." + (YEAR - 1) + ")");
		// the newest noted value of each series, with its light
		assertThat(indicator.select("ul.latest li").eachText()).containsExactly(
				"Hele kommunen, 31.03." + YEAR + ": 5,83 % Rød – i fare",
				UNIT_NAME + ", 30.06." + YEAR + ": 5,37 % Gul – udfordret");

		Element svg = indicator.selectFirst("figure.trend svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.selectFirst("title").text()).startsWith(INDICATOR + ": værdierne, Økonomiudvalget har taget til efterretning");
		assertThat(indicator.select("table.indicator-values caption").text()).isEqualTo("Værdier for " + INDICATOR);
		assertThat(indicator.select("table.indicator-values tbody tr")).extracting(Element::text).containsExactly(
				"Udgangspunkt 31.12." + (YEAR - 1) + " 6,2 %",
				"Hele kommunen 31.03." + YEAR + " 5,83 % Rød – i fare",
				UNIT_NAME + " 30.06." + YEAR + " 5,37 % Gul – udfordret");

		// neither the round before the committee nor the value recorded after its noting, in the chart or anywhere
		assertThat(page.html()).doesNotContain("5,12").doesNotContain("4,91").doesNotContain("Lønsystemet");
		// an indicator's name is text, wherever it stands; one without noted values says so and draws nothing
		Element second = page.select("li.goal section.indicator").get(1);
		assertThat(second.selectFirst("h5").text()).isEqualTo(MARKUP_INDICATOR);
		assertThat(second.text()).contains("Økonomiudvalget har endnu ikke taget værdier for indikatoren til efterretning.");
		assertThat(second.select("svg, table")).isEmpty();
		assertThat(page.select("script")).isEmpty();
		assertThat(page.select("li.goal i")).isEmpty();
		// the goal's own status is the noted round's (every goal green)
		assertThat(page.selectFirst("li.goal").attr("data-status")).isEqualTo("GREEN");
	}

	@Test
	void theJsonHasTheIndicatorAsApprovedWithTheNotedValuesOnly() throws Exception {
		String body = body("/offentlig/api/plans/" + KEY, 200);
		JsonNode indicator = json.readTree(body).at("/focusAreas/0/goals/0/indicators/0");
		assertThat(indicator.get("name").asText()).isEqualTo(INDICATOR);
		assertThat(indicator.get("unit").asText()).isEqualTo("PERCENT");
		assertThat(indicator.get("direction").asText()).isEqualTo("LOWER_IS_BETTER");
		assertThat(indicator.get("baselineValue").decimalValue()).isEqualByComparingTo("6.2");
		assertThat(indicator.get("baselineDate").asText()).isEqualTo((YEAR - 1) + "-12-31");
		assertThat(indicator.get("targetValue").decimalValue()).isEqualByComparingTo("5");
		assertThat(indicator.get("targetDate").asText()).isEqualTo(YEAR + "-12-31");
		JsonNode values = indicator.get("values");
		assertThat(values).hasSize(2);
		assertThat(values.get(0).get("measuredOn").asText()).isEqualTo(YEAR + "-03-31");
		assertThat(values.get(0).get("value").decimalValue()).isEqualByComparingTo("5.83");
		assertThat(values.get(0).get("light").asText()).isEqualTo("RED");
		assertThat(values.get(0).get("unitName").asText()).isEqualTo("Hele kommunen");
		assertThat(values.get(1).get("measuredOn").asText()).isEqualTo(YEAR + "-06-30");
		assertThat(values.get(1).get("value").decimalValue()).isEqualByComparingTo("5.37");
		assertThat(values.get(1).get("light").asText()).isEqualTo("YELLOW");
		assertThat(values.get(1).get("unitName").asText()).isEqualTo(UNIT_NAME);
		assertThat(json.readTree(body).at("/focusAreas/0/goals/0/indicators/1/name").asText()).isEqualTo(MARKUP_INDICATOR);
		assertThat(json.readTree(body).at("/focusAreas/0/goals/0/indicators/1/values")).isEmpty();
		// what the page draws is not data, and what was never noted, or who recorded it, is not public
		assertThat(body).doesNotContain("5.12").doesNotContain("4.91").doesNotContain("svg").doesNotContain("\"trend\"")
			.doesNotContain("Lønsystemet").doesNotContain("olivia").doesNotContain("recorded");
		// the list of plans does not carry the indicators
		assertThat(body("/offentlig/api/plans", 200)).doesNotContain(INDICATOR);

		String openApi = mvc.perform(get("/v3/api-docs").with(user("olivia")
			.authorities(new SimpleGrantedAuthority("GROUP_procesejer")))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(openApi).contains("/offentlig/api/plans/{code}").contains("Offentlige planer")
			.contains("focusAreas[].goals[].indicators[]").contains("unitName").contains("PublicValue");
	}

	@Test
	void aPlanNotPublishedShowsNoneOfItsIndicators() throws Exception {
		// approved, with a noted round, never published
		for (String path : List.of("/offentlig/" + ON_TRACK_KEY, "/offentlig/api/plans/" + ON_TRACK_KEY)) {
			assertThat(body(path, 404)).doesNotContain(INDICATOR).doesNotContain("4,5").doesNotContain("4.5");
		}
		// withdrawn: gone from the page and the JSON, back when published again
		publishing.withdraw(KEY, "olivia");
		try {
			for (String path : List.of("/offentlig/" + KEY, "/offentlig/api/plans/" + KEY)) {
				assertThat(body(path, 404)).doesNotContain(INDICATOR).doesNotContain("5,83").doesNotContain("5.83");
			}
			assertThat(body("/offentlig", 200)).doesNotContain(KEY);
		}
		finally {
			publishing.publish(KEY, "olivia");
		}
		assertThat(body("/offentlig/" + KEY, 200)).contains("5,83");
	}

	private String body(String path, int status) throws Exception {
		return mvc.perform(get(path)).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
	}

}
