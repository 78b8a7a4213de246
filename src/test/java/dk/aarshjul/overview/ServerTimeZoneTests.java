package dk.aarshjul.overview;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.notification.NotificationRepository;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every time shown is Copenhagen time whatever the server's time zone: the plan page, the
 * overview, the plan's JSON and the audit export rendered with the JVM's default zone set to UTC
 * and to Europe/Copenhagen are the same; so are the mails a task sends (new task, reminder,
 * escalation, with their deadlines), written once on a server in UTC and once in Copenhagen.
 */
@H2Test
class ServerTimeZoneTests {

	private static final String KEY = "DEMO-STRATEGI-2087";

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleDriver cycle;

	@Autowired
	PlanTransfer transfer;

	@Autowired
	StrategyCycleRepository cycles;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	ManagementService management;

	private final TimeZone serverZone = TimeZone.getDefault();

	@AfterEach
	void restore() {
		TimeZone.setDefault(serverZone);
		cycle.resetClock();
	}

	@Test
	void timesAreTheSameInUtcAndCopenhagen() throws Exception {
		cycle.moveClockTo(LocalDate.of(2026, 12, 1));
		// started once per context: the test may run again in the same JVM
		if (mvc.perform(get("/aarshjul/" + KEY).with(httpBasic("olivia", "demo"))).andReturn().getResponse()
			.getStatus() == 404) {
			cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2087));
		}
		List<String> paths = List.of("/aarshjul/" + KEY, "/api/cycles/" + KEY, "/api/cycles/" + KEY + "/audit.csv",
				"/oversigt?year=2087");
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		List<String> utc = render(paths);
		TimeZone.setDefault(TimeZone.getTimeZone("Europe/Copenhagen"));
		List<String> copenhagen = render(paths);
		for (int i = 0; i < paths.size(); i++) {
			assertThat(utc.get(i)).as(paths.get(i)).isEqualTo(copenhagen.get(i));
		}
	}

	@Test
	void mailsAreTheSameInUtcAndCopenhagen() {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		List<String> utc = mailsOfADraftTask("TIDSZONE-POST-UTC");
		TimeZone.setDefault(TimeZone.getTimeZone("Europe/Copenhagen"));
		List<String> copenhagen = mailsOfADraftTask("TIDSZONE-POST-CPH");
		assertThat(copenhagen).as("a new task, its reminder and an escalation").hasSizeGreaterThanOrEqualTo(3)
			.anyMatch(mail -> mail.startsWith("REMINDER"))
			.anyMatch(mail -> mail.startsWith("ESCALATION"));
		assertThat(utc).isEqualTo(copenhagen);
	}

	/**
	 * The mails about one draft task of a plan of its own, from its start to after its deadline,
	 * with the task's id and the plan's code taken out (they differ between the two plans).
	 */
	private List<String> mailsOfADraftTask(String code) {
		int year = 2086;
		String key = code + "-" + year;
		// started once per context: the test may run again in the same JVM
		boolean started = cycles.findByBusinessKey(key).isPresent();
		if (!started) {
			transfer.importJson(new ByteArrayInputStream("""
					{ "code": "%s", "municipality": "Demo Kommune", "title": "Tidszoner i post", "year": %d,
					  "kind": "ADMINISTRATIVE_STRATEGY", "periodFrom": "%d-01-01",
					  "focusAreas": [ { "title": "Trivsel", "goals": [] } ] }
					""".formatted(code, year, year).getBytes(StandardCharsets.UTF_8)));
			cycle.moveClockTo(LocalDate.of(2026, 12, 1));
			cycle.start("olivia", CycleDriver.calendar(code, year));
		}
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);
		// the deadline chase only, so that no other test's cycle moves on
		for (LocalDate day : started ? List.<LocalDate>of() : List.of(LocalDate.of(year, 1, 14), LocalDate.of(year, 1, 20))) {
			ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(WorkingTime.ZONE).toInstant()));
			cycle.chaseDeadlines();
		}
		return notifications.findByTaskIdOrderById(draft.getId()).stream()
			.map(mail -> mail.getKind() + " " + mail.getRecipientId() + "\n" + mail.getSubject() + "\n" + mail.getBody())
			.map(mail -> mail.replace(draft.getId(), "TASK").replace(code, "PLAN"))
			.toList();
	}

	private List<String> render(List<String> paths) throws Exception {
		List<String> pages = new java.util.ArrayList<>();
		for (String path : paths) {
			String body = mvc.perform(get(path).with(httpBasic("olivia", "demo"))).andReturn().getResponse()
				.getContentAsString();
			pages.add(body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
		}
		return pages;
	}

}
