package dk.aarshjul.feed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar feeds, read by a real iCalendar parser (biweekly): a person's, a body's and a
 * plan's hold the cycle's calendar and the person's own task deadlines only; a moved date keeps its
 * uid; a revoked link answers 404.
 */
@H2Test
class CalendarFeedTests {

	private static final String KEY = "DEMO-STRATEGI-2055";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	CalendarLinks links;

	@Autowired
	StrategyCycleRepository cycles;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void feedsHoldTheCyclesCalendarAndOnlyTheirOwnTasksAndAMovedDateKeepsItsUid() throws Exception {
		if (cycles.findByBusinessKey(KEY).isEmpty()) {
			cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2055));
		}
		StrategyCycle started = cycles.findByBusinessKey(KEY).orElseThrow();
		long id = started.getId();
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, KEY);
		String karen = links.renew("karen");
		String svend = links.renew("svend");

		Map<String, VEvent> own = events("/kalender/" + karen + "/mine.ics");
		assertThat(own).containsKey("task-" + draft.getId() + "@aarshjul");
		assertThat(day(own.get("task-" + draft.getId() + "@aarshjul")))
			.isEqualTo(WorkingTime.dayOf(draft.getDueDate()));
		assertThat(own.get("task-" + draft.getId() + "@aarshjul").getSummary().getValue())
			.isEqualTo("Frist: " + draft.getName());
		assertThat(own.get("task-" + draft.getId() + "@aarshjul").getUrl().getValue()).endsWith("?task=" + draft.getId());
		// karen sits on Hovedudvalget: its hearing deadline
		assertThat(day(own.get("consultationDeadline-" + id + "@aarshjul"))).isEqualTo(LocalDate.of(2055, 2, 1));

		Map<String, VEvent> svendsOwn = events("/kalender/" + svend + "/mine.ics");
		assertThat(svendsOwn.keySet()).as("svend is not on the executive board: none of its tasks")
			.noneMatch(uid -> uid.equals("task-" + draft.getId() + "@aarshjul"));
		assertThat(day(svendsOwn.get("financeCommitteeMeeting-" + id + "@aarshjul"))).isEqualTo(LocalDate.of(2055, 2, 20));
		assertThat(day(svendsOwn.get("councilMeeting-" + id + "@aarshjul"))).isEqualTo(LocalDate.of(2055, 2, 27));

		Map<String, VEvent> committee = events("/kalender/" + svend + "/organ/oekonomiudvalg.ics");
		assertThat(committee).containsKey("financeCommitteeMeeting-" + id + "@aarshjul")
			.doesNotContainKey("councilMeeting-" + id + "@aarshjul");
		assertThat(committee.get("financeCommitteeMeeting-" + id + "@aarshjul").getSummary().getValue())
			.startsWith("Økonomiudvalgets møde: ");
		assertThat(committee.get("financeCommitteeMeeting-" + id + "@aarshjul").getUrl().getValue())
			.endsWith("/aarshjul/" + KEY);

		Map<String, VEvent> plan = events("/kalender/" + karen + "/plan/DEMO-STRATEGI.ics");
		Map<String, LocalDate> calendar = new LinkedHashMap<>();
		calendar.put("draftingDeadline", started.getDraftingDeadline());
		calendar.put("consultationDeadline", started.getConsultationDeadline());
		calendar.put("financeCommitteeMeeting", started.getFinanceCommitteeMeeting());
		calendar.put("councilMeeting", started.getCouncilMeeting());
		calendar.put("translationDeadline", started.getTranslationDeadline());
		calendar.put("firstFollowUp", started.getFollowUpDates().get(0));
		calendar.put("secondFollowUp", started.getFollowUpDates().get(1));
		calendar.put("periodEnd", started.getPeriodEnd());
		calendar.forEach((field, date) -> assertThat(day(plan.get(field + "-" + id + "@aarshjul"))).as(field)
			.isEqualTo(date));

		mvc.perform(post("/api/cycles/{key}/calendar-changes", KEY).with(httpBasic("olivia", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"field\": \"financeCommitteeMeeting\", \"date\": \"2055-02-24\", \"reason\": \"Mødet er flyttet.\"}"))
			.andExpect(status().isOk());
		assertThat(day(events("/kalender/" + svend + "/organ/oekonomiudvalg.ics")
			.get("financeCommitteeMeeting-" + id + "@aarshjul"))).as("the same uid, on the new date")
			.isEqualTo(LocalDate.of(2055, 2, 24));

		MvcResult download = mvc.perform(get("/aarshjul/{key}/kalender.ics", KEY).with(httpBasic("olivia", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"" + KEY + ".ics\""))
			.andReturn();
		assertThat(parse(download.getResponse().getContentAsString(StandardCharsets.UTF_8))).hasSize(8);
	}

	@Test
	void aRevokedOrUnknownLinkAnswers404() throws Exception {
		String old = links.renew("anders");
		mvc.perform(get("/kalender/{token}/mine.ics", old)).andExpect(status().isOk());

		String renewed = links.renew("anders");

		mvc.perform(get("/kalender/{token}/mine.ics", old)).andExpect(status().isNotFound());
		mvc.perform(get("/kalender/{token}/organ/oekonomiudvalg.ics", old)).andExpect(status().isNotFound());
		mvc.perform(get("/kalender/{token}/plan/DEMO-STRATEGI.ics", old)).andExpect(status().isNotFound());
		mvc.perform(get("/kalender/{token}/mine.ics", renewed)).andExpect(status().isOk());
		mvc.perform(get("/kalender/{token}/mine.ics", "x".repeat(43))).andExpect(status().isNotFound());
		mvc.perform(get("/kalender/{token}/organ/ingen.ics", renewed)).andExpect(status().isNotFound());
	}

	@Test
	void theFeedIsUtf8TextCalendarWithCrlfLinesFoldedAt75Octets() throws Exception {
		String token = links.renew("karen");
		MvcResult result = mvc.perform(get("/kalender/{token}/mine.ics", token))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar; charset=utf-8"))
			.andReturn();
		byte[] body = result.getResponse().getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		StringBuilder folded = new StringBuilder();
		ICalendar.line(folded, "SUMMARY:" + "Økonomiudvalgets møde æøå ".repeat(6));
		assertThat(Biweekly.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n" + folded
				+ "END:VEVENT\r\nEND:VCALENDAR\r\n").first().getEvents().get(0).getSummary().getValue())
			.isEqualTo("Økonomiudvalgets møde æøå ".repeat(6));
	}

	private Map<String, VEvent> events(String path) throws Exception {
		String text = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return parse(text);
	}

	private static Map<String, VEvent> parse(String text) {
		Map<String, VEvent> byUid = new LinkedHashMap<>();
		List<VEvent> events = Biweekly.parse(text).first().getEvents();
		events.forEach(event -> byUid.put(event.getUid().getValue(), event));
		assertThat(byUid).as("uids are unique").hasSameSizeAs(events);
		return byUid;
	}

	private static LocalDate day(VEvent event) {
		assertThat(event).isNotNull();
		ICalDate start = event.getDateStart().getValue();
		assertThat(start.hasTime()).as("a whole day").isFalse();
		return LocalDate.of(start.getRawComponents().getYear(), start.getRawComponents().getMonth(),
				start.getRawComponents().getDate());
	}

}
