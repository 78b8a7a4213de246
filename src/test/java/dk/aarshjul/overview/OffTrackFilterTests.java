package dk.aarshjul.overview;

import java.util.Arrays;
import java.util.List;

import dk.aarshjul.publication.PublishedIndicatorsDriver;
import dk.aarshjul.system.H2Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.aarshjul.publication.PublishedIndicatorsDriver.KEY;
import static dk.aarshjul.publication.PublishedIndicatorsDriver.ON_TRACK_KEY;
import static dk.aarshjul.publication.PublishedIndicatorsDriver.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mål ude af kurs" on Hvor er planerne?: a plan is listed when the newest noted value of one of its
 * indicators' series is red or yellow — {@link PublishedIndicatorsDriver#KEY}, whose noted values are
 * red (the municipality) and yellow (the unit) while its unnoted newer value is green — and not when
 * only a round still before Økonomiudvalget is yellow ({@link PublishedIndicatorsDriver#ON_TRACK_KEY}),
 * nor a plan without indicators.
 */
@H2Test
class OffTrackFilterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublishedIndicatorsDriver plans;

	@BeforeEach
	void plansWithNotedAndUnnotedValues() {
		plans.ensure();
	}

	@Test
	void onlyPlansWhoseNewestNotedValueIsRedOrYellowAreOffTrack() throws Exception {
		// (other tests may run plans without indicators in these years)
		assertThat(keys("/oversigt?year=" + YEAR)).contains(KEY);
		assertThat(keys("/oversigt?year=" + YEAR + "&offTrack=true")).containsExactly(KEY);
		assertThat(keys("/oversigt?year=" + (YEAR + 1))).as("running, without the filter").contains(ON_TRACK_KEY);
		assertThat(keys("/oversigt?year=" + (YEAR + 1) + "&offTrack=true"))
			.as("its noted value is green; the yellow one is of a round still in progress").isEmpty();

		List<String> offTrack = keys("/oversigt?offTrack=true&size=200");
		assertThat(offTrack).contains(KEY).doesNotContain(ON_TRACK_KEY)
			.as("the demo plans have no indicators").noneMatch(key -> key.startsWith("DEMO-STRATEGI"));

		Document page = Jsoup.parse(body("/oversigt?year=" + YEAR + "&offTrack=true"));
		assertThat(page.selectFirst("input#offTrack").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst("label[for=offTrack]").text()).isEqualTo("Mål ude af kurs");
		assertThat(page.select("a[href*=/api/overview/export]").eachAttr("href")).allMatch(href -> href.contains("offTrack=true"));
		assertThat(Jsoup.parse(body("/oversigt")).selectFirst("input#offTrack").hasAttr("checked")).isFalse();
	}

	@Test
	void theApiAndTheExportFilterAlike() throws Exception {
		assertThat(body("/api/overview?year=" + YEAR + "&offTrack=true")).contains("\"businessKey\":\"" + KEY + "\"");
		assertThat(body("/api/overview?year=" + (YEAR + 1) + "&offTrack=true")).isEqualTo("[]");
		assertThat(body("/api/overview?year=" + YEAR + "&offTrack=true").split("\"businessKey\"", -1)).hasSize(2);
		assertThat(body("/api/overview?year=" + (YEAR + 1))).contains("\"businessKey\":\"" + ON_TRACK_KEY + "\"");
		assertThat(body("/api/overview/export.csv?offTrack=true")).contains(KEY).doesNotContain(ON_TRACK_KEY);
		assertThat(body("/api/overview/export?offTrack=true")).contains(KEY).doesNotContain(ON_TRACK_KEY);
	}

	private List<String> keys(String path) throws Exception {
		return Jsoup.parse(body(path)).select("[data-key]").eachAttr("data-key");
	}

	private String body(String path) throws Exception {
		return mvc.perform(asProcessOwner(get(path))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder asProcessOwner(MockHttpServletRequestBuilder request) {
		return request.with(user("olivia").authorities(Arrays.asList(new SimpleGrantedAuthority("GROUP_procesejer"))));
	}

}
