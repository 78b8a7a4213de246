package dk.aarshjul.settings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.notification.MailChoice;
import dk.aarshjul.notification.MailPreferences;
import dk.aarshjul.notification.Notification;
import dk.aarshjul.notification.NotificationKind;
import dk.aarshjul.notification.NotificationRepository;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person chooses one mail per task or a daily digest on Indstillinger; with the digest, new
 * tasks wait for the next working day's morning and come in one mail, while reminders still come
 * at once. Busy leaders who chose nothing get the digest by default (switched on here; the other
 * tests' context keeps one mail per task). On H2 and on PostgreSQL: the choice is one SQL statement
 * over Camunda's tables and Årshjul's.
 */
@TestPropertySource(properties = "aarshjul.notification.busy-leaders-digest=true")
abstract class DigestMailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MailPreferences preferences;

	@Autowired
	CycleDriver cycle;

	@Autowired
	NotificationRepository notifications;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void theChoiceIsSavedFromTheFormWithItsCsrfTokenAndAnUnknownValueIsRefusedInDanishChangingNothing()
			throws Exception {
		mvc.perform(get("/indstillinger").with(user("birgit")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Én samlet mail hver arbejdsdag")))
			.andExpect(content().string(containsString("Lav et kalenderlink")));

		// the session lives in the database (Spring Session), reached by its cookie as a browser reaches it
		Cookie session = mvc.perform(formLogin("/login").user("birgit").password("demo"))
			.andReturn()
			.getResponse()
			.getCookie("JSESSIONID");
		// the page she has open carries the session's token; a request without it is refused
		mvc.perform(get("/indstillinger").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/indstillinger/mail").cookie(session).param("choice", "samlet"))
			.andExpect(status().isForbidden());
		assertThat(preferences.chosenBy("birgit")).as("no CSRF token, nothing saved").isEmpty();

		mvc.perform(post("/indstillinger/mail").with(user("birgit")).with(csrf()).param("choice", "samlet"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/indstillinger"));
		assertThat(preferences.chosenBy("birgit")).contains(MailChoice.DAILY_DIGEST);

		for (String hostile : new String[] { "DAILY_DIGEST", "<script>alert(1)</script>", "" }) {
			mvc.perform(post("/indstillinger/mail").with(user("birgit")).with(csrf()).param("choice", hostile))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(content().string(containsString(
						"Vælg enten én mail pr. opgave eller én samlet mail hver arbejdsdag. Intet er ændret.")))
				.andExpect(content().string(not(containsString("<script>alert(1)"))));
		}
		mvc.perform(post("/indstillinger/mail").with(user("birgit")).with(csrf()))
			.andExpect(status().isUnprocessableEntity());
		assertThat(preferences.chosenBy("birgit")).as("still the digest").contains(MailChoice.DAILY_DIGEST);

		mvc.perform(post("/indstillinger/mail").with(user("birgit")).with(csrf()).param("choice", "per-opgave"))
			.andExpect(status().is3xxRedirection());
		assertThat(preferences.chosenBy("birgit")).contains(MailChoice.PER_TASK);
	}

	@Test
	void withTheDigestNewTasksComeInOneMailOnTheNextWorkingDayAndRemindersAtOnce() {
		// Friday 2 December 2089, after the day's digests went out at 07:00
		at(LocalDate.of(2089, 12, 2), LocalTime.of(15, 0));
		preferences.choose("karen", MailChoice.DAILY_DIGEST);
		preferences.choose("sofie", MailChoice.PER_TASK);

		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2090));
		Task first = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "DEMO-STRATEGI-2090");
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2091));
		Task second = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, "DEMO-STRATEGI-2091");
		cycle.runDueJobs();

		assertThat(recipientsOf(first, NotificationKind.NEW_TASK))
			.as("karen chose the digest; mikkel, a leader, had no other open task yet; sofie chose single mails")
			.containsExactlyInAnyOrder("mikkel", "sofie");
		assertThat(recipientsOf(second, NotificationKind.NEW_TASK))
			.as("now mikkel has more than one open task: the digest by default")
			.containsExactly("sofie");
		assertThat(digestsTo("karen")).isEmpty();

		at(LocalDate.of(2089, 12, 2), LocalTime.of(16, 0));
		cycle.chaseDeadlines();
		cycle.runDueJobs();
		assertThat(digestsTo("karen")).as("the tasks came after today's digest hour").isEmpty();

		// Saturday is no working day
		cycle.moveClockTo(LocalDate.of(2089, 12, 3));
		assertThat(digestsTo("karen")).isEmpty();

		cycle.moveClockTo(LocalDate.of(2089, 12, 5));
		assertThat(digestsTo("karen")).singleElement().satisfies(digest -> {
			assertThat(digest.getSubject()).isEqualTo("Dine nye opgaver i Årshjul (2)");
			assertThat(digest.getBody()).contains("Kære Karen Dahl", first.getId(), second.getId(),
					"Du får én samlet mail hver arbejdsdag");
			assertThat(digest.getSentAt()).as("delivered by its mail job").isNotNull();
		});
		assertThat(digestsTo("mikkel")).singleElement()
			.satisfies(digest -> assertThat(digest.getBody()).contains(second.getId()).doesNotContain(first.getId()));
		assertThat(digestsTo("sofie")).isEmpty();

		cycle.moveClockTo(LocalDate.of(2089, 12, 6));
		assertThat(digestsTo("karen")).as("one a day, and nothing new since").hasSize(1);

		// the 2090 draft is due Monday 16 January (the 15th is a Sunday): reminded three working days before
		cycle.moveClockTo(LocalDate.of(2090, 1, 11));
		assertThat(recipientsOf(first, NotificationKind.REMINDER)).as("reminders do not wait for the digest")
			.contains("karen", "mikkel", "sofie");
		assertThat(recipientsOf(first, NotificationKind.NEW_TASK)).doesNotContain("karen");
	}

	private List<String> recipientsOf(Task task, NotificationKind kind) {
		return notifications.findByTaskIdOrderById(task.getId()).stream()
			.filter(notification -> notification.getKind() == kind)
			.map(Notification::getRecipientId)
			.toList();
	}

	private List<Notification> digestsTo(String person) {
		return notifications.findAll().stream()
			.filter(notification -> notification.getKind() == NotificationKind.DIGEST)
			.filter(notification -> notification.getRecipientId().equals(person))
			.toList();
	}

	private static void at(LocalDate day, LocalTime time) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(WorkingTime.ZONE).toInstant()));
	}

}
