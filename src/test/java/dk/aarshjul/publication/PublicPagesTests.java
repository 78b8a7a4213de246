package dk.aarshjul.publication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.DecisionOutcome;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditEntry;
import dk.aarshjul.audit.AuditEntryRepository;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.organisation.Person;
import dk.aarshjul.organisation.PersonRepository;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanRevision;
import dk.aarshjul.system.H2Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages as a citizen and a process owner meet them: a process owner publishes an
 * approved plan (and withdraws it); anyone, without signing in, sees exactly the published plans
 * with the status Økonomiudvalget has noted — never a draft, an unnoted status, a comment or a
 * person's name — on the page and as JSON alike, embeddable, cacheable and without cookies.
 */
@H2Test
class PublicPagesTests {

	private static final String PLAN = "DEMO-STRATEGI";

	/** Approved, translated by one unit, two follow-up rounds: the first noted, the second not. */
	private static final String KEY = PublishedPlanDriver.KEY;

	/** Approved, never published (and, in one test, published and withdrawn again). */
	private static final String UNPUBLISHED = "DEMO-STRATEGI-2029";

	private static final String NOTED_COMMENT = PublishedPlanDriver.NOTED_COMMENT;

	private static final String UNNOTED_COMMENT = PublishedPlanDriver.UNNOTED_COMMENT;

	private static final String BOARD_COMMENT = PublishedPlanDriver.BOARD_COMMENT;

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PublishedPlanDriver published;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	PersonRepository people;

	@Autowired
	AuditEntryRepository audit;

	@Autowired
	PlanRevision revision;

	@Autowired
	PlanPublicationRepository publications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String userId, String... groups) {
		return request.with(user(userId).authorities(Arrays.stream(groups)
			.map(group -> new SimpleGrantedAuthority("GROUP_" + group))
			.toList()));
	}

	@BeforeEach
	void aPublishedPlanWithANotedAndAnUnnotedRoundAndAnApprovedUnpublishedOne() throws Exception {
		published.ensurePublished();
		if (cycles.findByBusinessKey(UNPUBLISHED).isEmpty()) {
			cycle.start("olivia", CycleDriver.calendar(PLAN, 2029));
			// a plan still being drafted cannot be published
			mvc.perform(as(post("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "olivia", "procesejer")
				.param("confirmed", "true").with(csrf()))
				.andExpect(redirectedUrl("/aarshjul/" + UNPUBLISHED))
				.andExpect(flash().attribute(PublicationActions.REFUSAL,
						"Kun en politisk godkendt plan kan offentliggøres."));
			cycle.throughConsultation(UNPUBLISHED);
			cycle.decide("svend", UNPUBLISHED, DecisionOutcome.APPROVED, null);
		}
	}

	@Test
	void aProcessOwnerPublishesFromThePlansPageAndTheAuditTrailSaysSo() throws Exception {
		StrategyCycle published = cycles.findByBusinessKey(KEY).orElseThrow();
		List<AuditEntry> entries = audit.findByCycleIdOrderByRecordedAtAscIdAsc(published.getId());
		assertThat(entries).filteredOn(entry -> entry.getAction() == AuditAction.PLAN_PUBLISHED)
			.singleElement()
			.satisfies(entry -> assertThat(entry.getActor()).isEqualTo("olivia"));

		mvc.perform(as(get("/aarshjul/" + KEY), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Planen offentliggjort på den offentlige side")))
			.andExpect(content().string(containsString("href=\"/offentlig/" + KEY + "\"")))
			.andExpect(content().string(containsString("Træk planen tilbage fra den offentlige side")));
		mvc.perform(as(get("/aarshjul/" + UNPUBLISHED), "olivia", "procesejer"))
			.andExpect(content().string(containsString("Offentliggør planen")))
			.andExpect(content().string(containsString("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse")));
		// a director may see the plan, but publishing is for process owners
		mvc.perform(as(get("/aarshjul/" + UNPUBLISHED), "karen", "direktion"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Offentliggør planen"))));
		mvc.perform(as(post("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "karen", "direktion").with(csrf()))
			.andExpect(status().isForbidden());
		// without the CSRF token the form is refused (to the sign-in page, as a form posted without its session)
		mvc.perform(as(post("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "olivia", "procesejer"))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
		assertThat(publications.findByBusinessKey(UNPUBLISHED).orElseThrow().isPublished()).isFalse();
	}

	@Test
	void anyoneSeesExactlyThePublishedPlansWithTheNotedStatusWorstFirst() throws Exception {
		Document list = Jsoup.parse(body("/offentlig"));
		List<String> listed = list.select("article.public-plan").eachAttr("data-code");
		assertThat(listed).contains(KEY).doesNotContain(UNPUBLISHED)
			.containsExactlyInAnyOrderElementsOf(publications.findByPublishedAtIsNotNullAndWithdrawnAtIsNullOrderByBusinessKeyAsc()
				.stream().map(PlanPublication::getBusinessKey).toList());

		Document page = Jsoup.parse(body("/offentlig/" + KEY));
		List<Element> areas = page.select("article.public-area");
		assertThat(areas).extracting(area -> area.selectFirst("h3").text())
			.as("the focus areas in priority order, as approved")
			.containsExactlyElementsOf(published.approvedHeadings());
		assertThat(areas.get(0).select("li.goal .goal-text").eachText()).as("the goals in their order")
			.containsExactlyElementsOf(published.approvedFirstGoals());

		// the noted round: the first goal red, every other green; the later, unnoted round (all yellow) is not shown
		List<String> goalStatuses = page.select("li.goal").eachAttr("data-status");
		assertThat(goalStatuses.get(0)).isEqualTo("RED");
		assertThat(goalStatuses.subList(1, goalStatuses.size())).containsOnly("GREEN");
		assertThat(areas.get(0).attr("data-status")).as("worst of its goals").isEqualTo("RED");
		assertThat(areas.subList(1, areas.size())).extracting(area -> area.attr("data-status")).containsOnly("GREEN");
		assertThat(page.selectFirst(".plan-status").attr("data-status")).isEqualTo("RED");
		// (31.12.2028 is also the goals' due date, moved with the period from the seed plan's 2017)
		assertThat(page.text()).contains("Status pr. 30.06.2028").doesNotContain("Status pr. 31.12.2028")
			.contains("dårligste").contains("ikke flertallet");
		assertThat(page.html()).doesNotContain("YELLOW");
	}

	@Test
	void noDraftNoUnnotedStatusNoCommentAndNoPersonsNameEverAppears() throws Exception {
		List<String> bodies = new ArrayList<>();
		for (String path : List.of("/offentlig", "/offentlig/" + KEY, "/offentlig/api/plans", "/offentlig/api/plans/" + KEY)) {
			bodies.add(body(path));
		}
		for (String body : bodies) {
			assertThat(body).doesNotContain(UNPUBLISHED, NOTED_COMMENT, UNNOTED_COMMENT, BOARD_COMMENT, "YELLOW");
			for (Person person : people.findAll()) {
				String first = person.getName().split(" ")[0];
				assertThat(body).as("the name of %s", person.getId()).doesNotContain(person.getName());
				assertThat(Pattern.compile("\\b" + Pattern.quote(first) + "\\b").matcher(body).find())
					.as("the first name of %s", person.getId()).isFalse();
				assertThat(Pattern.compile("\\b" + Pattern.quote(person.getId()) + "\\b").matcher(body).find())
					.as("the user id of %s", person.getId()).isFalse();
			}
		}
		assertThat(http.send(request("/offentlig/" + UNPUBLISHED), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
		assertThat(http.send(request("/offentlig/api/plans/" + UNPUBLISHED), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isEqualTo(404);
	}

	@Test
	void thePublicPageShowsThePeriodAsApprovedWhichFollowsTheCycleYear() throws Exception {
		// the seed plan's period begins 1 January 2017; its 2028 cycle was approved for 2028
		String page = body("/offentlig/" + KEY);
		assertThat(page).contains("Periode: fra 01.01.2028").doesNotContain("01.01.2017").doesNotContain("31.12.2017");
		assertThat(body("/offentlig/api/plans/" + KEY)).contains("\"periodFrom\":\"2028-01-01\"");
	}

	@Test
	void aLaterDraftOnTheSamePlanNeverReachesThePublicPage() throws Exception {
		String approvedHeading = published.approvedHeadings().get(0);
		String approvedTitle = approvedHeading.substring(approvedHeading.indexOf(' ') + 1);
		Long planId = cycles.findByBusinessKey(KEY).orElseThrow().getPlan().getId();
		List<PlanDocument.FocusAreaDocument> original = documentsOf(planId);
		List<PlanDocument.FocusAreaDocument> draft = new ArrayList<>(original);
		PlanDocument.FocusAreaDocument first = draft.get(0);
		draft.set(0, new PlanDocument.FocusAreaDocument("Et udkast, der ikke er godkendt", first.strategy(),
				first.specialForYear(), first.responsibleDirector(), first.goals()));
		revision.reviseFocusAreas(planId, draft);
		try {
			String page = body("/offentlig/" + KEY);
			assertThat(page).contains(approvedTitle).doesNotContain("Et udkast, der ikke er godkendt");
			assertThat(body("/offentlig/api/plans/" + KEY)).doesNotContain("Et udkast, der ikke er godkendt");
		}
		finally {
			revision.reviseFocusAreas(planId, original);
		}
	}

	@Test
	void publishingAsksFirstAndSaysWhatCitizensWillSee() throws Exception {
		// the plan's button opens the question; it publishes nothing
		mvc.perform(as(get("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "olivia", "procesejer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Offentliggør planen?")))
			.andExpect(content().string(containsString("Det ser borgerne")))
			.andExpect(content().string(containsString("Det ser borgerne ikke")))
			.andExpect(content().string(containsString("/offentlig/" + UNPUBLISHED)))
			.andExpect(content().string(containsString("Måles ved")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(publications.findByBusinessKey(UNPUBLISHED).orElseThrow().isPublished()).isFalse();
		// a publish request that did not come from the question is shown the question, and publishes nothing
		mvc.perform(as(post("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "olivia", "procesejer").with(csrf()))
			.andExpect(redirectedUrl("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"));
		mvc.perform(as(post("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "olivia", "procesejer")
			.param("confirmed", "yes").with(csrf()))
			.andExpect(redirectedUrl("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"));
		assertThat(publications.findByBusinessKey(UNPUBLISHED).orElseThrow().isPublished()).isFalse();
		assertThat(http.send(request("/offentlig/" + UNPUBLISHED), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(404);
		// nor for anyone but a process owner
		mvc.perform(as(get("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "karen", "direktion"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWithdrawnPlanAnswers404InDanishAndComesBackWhenPublishedAgain() throws Exception {
		mvc.perform(as(post("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse"), "olivia", "procesejer")
			.param("confirmed", "true").with(csrf()))
			.andExpect(flash().attribute(PublicationActions.NOTICE, "Planen er offentliggjort."));
		assertThat(http.send(request("/offentlig/" + UNPUBLISHED), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
		mvc.perform(as(post("/aarshjul/" + UNPUBLISHED + "/offentliggoerelse/tilbagetraekning"), "olivia", "procesejer")
			.with(csrf())).andExpect(flash().attribute(PublicationActions.NOTICE,
					"Planen er trukket tilbage fra den offentlige side."));

		HttpResponse<String> page = http.send(request("/offentlig/" + UNPUBLISHED), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Planen findes ikke på den offentlige side").contains("lang=\"da\"");
		HttpResponse<String> api = http.send(request("/offentlig/api/plans/" + UNPUBLISHED),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(json.readTree(api.body()).path("title").asText()).isEqualTo("Planen findes ikke på den offentlige side");
		assertThat(body("/offentlig")).doesNotContain(UNPUBLISHED);
		assertThat(audit.findByCycleIdOrderByRecordedAtAscIdAsc(cycles.findByBusinessKey(UNPUBLISHED).orElseThrow().getId()))
			.extracting(AuditEntry::getAction)
			.containsSubsequence(AuditAction.PLAN_PUBLISHED, AuditAction.PLAN_WITHDRAWN);
		mvc.perform(as(get("/aarshjul/" + UNPUBLISHED), "olivia", "procesejer"))
			.andExpect(content().string(containsString("Planen trukket tilbage fra den offentlige side")));
	}

	@Test
	void theJsonSaysWhatThePageShows() throws Exception {
		Document page = Jsoup.parse(body("/offentlig/" + KEY));
		JsonNode plan = json.readTree(body("/offentlig/api/plans/" + KEY));
		assertThat(plan.path("code").asText()).isEqualTo(KEY);
		assertThat(page.selectFirst("h1").text()).isEqualTo(plan.path("title").asText() + " " + plan.path("year").asInt());
		List<Element> areas = page.select("article.public-area");
		assertThat(areas).hasSize(plan.path("focusAreas").size());
		for (int i = 0; i < areas.size(); i++) {
			JsonNode area = plan.path("focusAreas").get(i);
			Element shown = areas.get(i);
			assertThat(shown.selectFirst("h3").text()).isEqualTo(area.path("priority").asInt() + ". " + area.path("title").asText());
			assertThat(shown.attr("data-status")).isEqualTo(area.path("status").asText(""));
			List<Element> goals = shown.select("li.goal");
			assertThat(goals).hasSize(area.path("goals").size());
			for (int j = 0; j < goals.size(); j++) {
				JsonNode goal = area.path("goals").get(j);
				assertThat(goals.get(j).selectFirst(".goal-text").text()).isEqualTo(goal.path("description").asText());
				assertThat(goals.get(j).attr("data-status")).isEqualTo(goal.path("status").asText(""));
			}
		}
		JsonNode list = json.readTree(body("/offentlig/api/plans"));
		JsonNode summary = null;
		for (JsonNode candidate : list) {
			if (candidate.path("code").asText().equals(KEY)) {
				summary = candidate;
			}
		}
		assertThat(summary).as("the plan in the list").isNotNull();
		Element listed = Jsoup.parse(body("/offentlig")).selectFirst("article.public-plan[data-code=" + KEY + "]");
		assertThat(listed.select("ol.focus-list li").eachAttr("data-status"))
			.containsExactlyElementsOf(summary.path("focusAreas").findValuesAsText("status"));
		assertThat(summary.path("status").asText()).isEqualTo(plan.path("status").asText()).isEqualTo("RED");
	}

	@Test
	void thePublicPagesSetNoCookieMayBeFramedAndAreCacheable() throws Exception {
		for (String path : List.of("/offentlig", "/offentlig/" + KEY, "/offentlig/api/plans", "/offentlig/api/plans/" + KEY,
				"/offentlig/" + UNPUBLISHED)) {
			HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().allValues("Set-Cookie")).as("%s sets no cookie", path).isEmpty();
			assertThat(response.headers().firstValue("X-Frame-Options")).as("%s may be framed", path).isEmpty();
			assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
				.as(path).doesNotContain("frame-ancestors").doesNotContain("script-src 'self'");
			if (response.statusCode() == 200) {
				assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("public").contains("max-age=60");
				String etag = response.headers().firstValue("ETag").orElseThrow();
				HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(url(path)))
					.header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
				assertThat(again.statusCode()).as("%s unchanged", path).isEqualTo(304);
			}
		}
		// a signed-in visitor's session is not looked at either: still no cookie, nothing but the public content
		HttpResponse<String> login = http.send(request("/login"), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("X-Frame-Options")).as("framing stays denied elsewhere").hasValue("DENY");
		assertThat(login.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
	}

	private List<PlanDocument.FocusAreaDocument> documentsOf(Long planId) {
		return transactions.execute(status -> PlanDocument.of(cycles.findAll().stream()
			.map(StrategyCycle::getPlan)
			.filter(plan -> plan.getId().equals(planId))
			.findFirst()
			.orElseThrow()).focusAreas());
	}

	private String body(String path) throws Exception {
		HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create(url(path))).build();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
