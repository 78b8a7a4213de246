package dk.aarshjul.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.notification.DeputyHandback;
import dk.aarshjul.notification.Notification;
import dk.aarshjul.notification.NotificationProcess;
import dk.aarshjul.notification.NotificationRepository;
import dk.aarshjul.notification.PersonAbsence;
import dk.aarshjul.notification.PersonAbsenceRepository;
import dk.aarshjul.system.H2Test;
import dk.aarshjul.translation.UnitTranslationProcess;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Late tasks are chased by mail, through a real SMTP server: a reminder before the deadline, then
 * one leadership level up, then the next, as the organisation file says; a person on leave is
 * replaced by their deputy; the link in the mail opens the task.
 */
@H2Test
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=" + DeadlineMailTests.SMTP_PORT,
		"aarshjul.notification.base-url=https://aarshjul.example.dk" })
class DeadlineMailTests {

	static final int SMTP_PORT = 32525;

	private static final String PLAN = "DEMO-STRATEGI";

	@RegisterExtension
	static GreenMailExtension mailServer = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"))
		.withPerMethodLifecycle(false);

	@Autowired
	CycleDriver cycle;

	@Autowired
	TaskService tasks;

	@Autowired
	DeadlineEscalationRepository escalations;

	@Autowired
	PersonAbsenceRepository absences;

	@Autowired
	DeputyHandback deputies;

	@Autowired
	TestRestTemplate web;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void deliverWhatIsQueuedThenStartWithAnEmptyMailbox() throws Exception {
		cycle.runDueJobs();
		mailServer.purgeEmailFromAllMailboxes();
	}

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void lateDepartmentIsRemindedThenEscalatedToItsCoreAreaChiefThenToTheBoard() throws Exception {
		String key = "DEMO-STRATEGI-2042";
		cycle.untilTranslation(PLAN, key, 2042, List.of("skoler"));
		Task task = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
		// a department is due five working days before its core area's 30 April
		assertThat(task.getDueDate()).isEqualTo(endOf(LocalDate.of(2042, 4, 23)));
		assertThat(cycle.sees("anders", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).isFalse();
		cycle.runDueJobs();
		mailServer.purgeEmailFromAllMailboxes();

		cycle.moveClockTo(LocalDate.of(2042, 4, 17));
		assertThat(mailsAbout(task)).as("nothing before the reminder day").isEmpty();

		cycle.moveClockTo(LocalDate.of(2042, 4, 18));
		List<MimeMessage> reminders = mailsAbout(task);
		assertThat(reminders).extracting(DeadlineMailTests::recipient).containsExactly("birgit@demo-kommune.dk");
		assertThat(reminders.get(0).getSubject()).startsWith("Påmindelse: Oversæt strategiplanen – Afdeling for Skoler");
		assertThat(text(reminders.get(0))).contains("Kære Birgit Krogh")
			.contains("onsdag d. 23. april 2042");

		mailServer.purgeEmailFromAllMailboxes();
		cycle.moveClockTo(LocalDate.of(2042, 4, 24));
		assertThat(mailsAbout(task)).extracting(DeadlineMailTests::recipient).containsExactly("anders@demo-kommune.dk");
		assertThat(mailsAbout(task).get(0).getSubject()).startsWith("Forsinket opgave: Oversæt strategiplanen");
		assertThat(cycle.sees("anders", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).as("the chief may now act").isTrue();
		assertThat(cycle.sees("karen", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).isFalse();

		mailServer.purgeEmailFromAllMailboxes();
		cycle.moveClockTo(LocalDate.of(2042, 4, 30));
		assertThat(mailsAbout(task)).as("the second escalation waits five working days").isEmpty();
		cycle.moveClockTo(LocalDate.of(2042, 5, 1));
		assertThat(mailsAbout(task)).extracting(DeadlineMailTests::recipient)
			.containsExactlyInAnyOrder("karen@demo-kommune.dk", "mikkel@demo-kommune.dk", "sofie@demo-kommune.dk");
		assertThat(cycle.sees("karen", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).isTrue();

		assertThat(escalations.findByTaskIdOrderByLevel(task.getId())).satisfiesExactly(first -> {
			assertThat(first.getLevel()).isOne();
			assertThat(first.getEscalatedTo()).isEqualTo("unit-laering-chief");
			assertThat(first.getUnitId()).isEqualTo("skoler");
			assertThat(WorkingTime.dayOf(Date.from(first.getEscalatedAt()))).isEqualTo(LocalDate.of(2042, 4, 24));
		}, second -> {
			assertThat(second.getLevel()).isEqualTo(2);
			assertThat(second.getEscalatedTo()).isEqualTo("direktion");
		});
	}

	@Test
	void theDeputyOfALeaderOnLeaveGetsTheMailAndMayDoTheTaskUntilTheLeaveIsOver() throws Exception {
		String key = "DEMO-STRATEGI-2043";
		PersonAbsence leave = new PersonAbsence("birgit");
		leave.set("carsten", LocalDate.of(2043, 4, 13), LocalDate.of(2043, 4, 22));
		absences.save(leave);
		try {
			cycle.untilTranslation(PLAN, key, 2043, List.of("skoler"));
			Task task = cycle.taskFor("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler");
			cycle.runDueJobs();
			mailServer.purgeEmailFromAllMailboxes();

			cycle.moveClockTo(LocalDate.of(2043, 4, 20));

			List<MimeMessage> reminders = mailsAbout(task);
			assertThat(reminders).extracting(DeadlineMailTests::recipient).containsExactly("carsten@demo-kommune.dk");
			assertThat(text(reminders.get(0))).contains("Kære Carsten Bach")
				.contains("stedfortræder for Birgit Krogh");
			assertThat(cycle.sees("carsten", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).isTrue();

			cycle.moveClockTo(LocalDate.of(2043, 4, 23));
			deputies.handBackEndedLeaves();
			assertThat(cycle.sees("carsten", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).as("the leave is over")
				.isFalse();
			assertThat(cycle.sees("birgit", UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-skoler")).isTrue();
		}
		finally {
			absences.delete(leave);
		}
	}

	@Test
	void theLinkInTheMailOpensTheTaskInTasklist() throws Exception {
		String key = "DEMO-STRATEGI-2044";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2044));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);
		cycle.runDueJobs();

		MimeMessage announcement = mailsAbout(draft).stream()
			.filter(mail -> recipient(mail).equals("karen@demo-kommune.dk"))
			.findFirst()
			.orElseThrow();
		assertThat(announcement.getSubject()).isEqualTo("Ny opgave i Årshjul: " + draft.getName());
		Matcher link = Pattern.compile("https://aarshjul\\.example\\.dk(/camunda/app/tasklist/default/)#/\\?task=(\\S+)")
			.matcher(text(announcement));
		assertThat(link.find()).as("mail has a Tasklist link").isTrue();
		assertThat(link.group(2)).isEqualTo(draft.getId());

		ResponseEntity<String> tasklist = web.getForEntity(link.group(1), String.class);
		assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<String> opened = web.withBasicAuth("karen", "demo")
			.getForEntity("/engine-rest/task/" + link.group(2), String.class);
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(opened.getBody()).contains(draft.getName());
	}

	@Test
	void whileTheMailServerIsDownMailsAreRetriedThenShownAsIncidentsAndTheCycleGoesOn() throws Exception {
		String key = "DEMO-STRATEGI-2045";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2045));
		cycle.runDueJobs();
		Task comment;
		mailServer.stop();
		try {
			cycle.complete("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key, Map.of());
			comment = cycle.taskFor("anders", DraftingProcess.USER_TASK_COMMENT_DRAFT, key);
			String sending = mailJob("anders", comment).getId();

			cycle.runDueJobs();
			for (int retry = 1; retry <= 2; retry++) {
				assertThat(runtime.createIncidentQuery().configuration(sending).count()).isZero();
				assertThat(mailJob("anders", comment).getRetries()).isEqualTo(3 - retry);
				cycle.runDueJobs();
				assertThat(mailJob("anders", comment).getRetries()).as("waits five minutes").isEqualTo(3 - retry);
				ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5))));
				cycle.runDueJobs();
			}
			assertThat(mailJob("anders", comment).getRetries()).isZero();
			Incident incident = runtime.createIncidentQuery().configuration(sending).singleResult();
			assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
			// Cockpit shows it on the mail model's service task
			assertThat(incident.getProcessDefinitionId()).startsWith(NotificationProcess.KEY + ":");
			assertThat(incident.getActivityId()).isEqualTo(NotificationProcess.SERVICE_TASK_SEND_MAIL);

			// the cycle does not wait for its mails
			cycle.complete("anders", comment, Map.of("managementComment", "Fint."));
			assertThat(cycle.sees("karen", DraftingProcess.USER_TASK_MARK_DRAFT_READY, key)).isTrue();
		}
		finally {
			mailServer.start();
		}
		assertThat(mailsTo("anders@demo-kommune.dk", comment)).isEmpty();

		// what an operator does in Cockpit: retry the incident now
		Job failed = mailJob("anders", comment);
		management.setJobRetries(1).jobId(failed.getId()).dueDate(ClockUtil.getCurrentTime()).execute();
		cycle.runDueJobs();

		assertThat(mailsTo("anders@demo-kommune.dk", comment)).as("sent once, after the retry").hasSize(1);
		assertThat(runtime.createIncidentQuery().configuration(failed.getId()).count()).isZero();
		assertThat(management.createJobQuery().jobId(failed.getId()).count()).as("the sent mail's job is done").isZero();
	}

	@Test
	void aMailSentAgainAfterANodeDiedCarriesTheSameMessageIdAsTheFirstCopy() throws Exception {
		String key = "DEMO-STRATEGI-2046";
		cycle.start("olivia", CycleDriver.calendar(PLAN, 2046));
		Task draft = cycle.taskFor("karen", DraftingProcess.USER_TASK_DRAFT_PLAN, key);
		Job sending = mailJob("karen", draft);

		// the SMTP server has the mail, then the node dies before the job's transaction commits
		transaction.executeWithoutResult(status -> {
			management.executeJob(sending.getId());
			status.setRollbackOnly();
		});
		assertThat(mailJob("karen", draft).getId()).as("the job is still there to run again").isEqualTo(sending.getId());
		cycle.runDueJobs();

		List<MimeMessage> copies = mailsTo("karen@demo-kommune.dk", draft);
		assertThat(copies).as("mail is at least once").hasSize(2);
		String messageId = copies.get(0).getMessageID();
		assertThat(messageId).matches("<\\d+\\.[0-9a-f]{24}@aarshjul\\.example\\.dk>");
		assertThat(copies.get(1).getMessageID()).as("a mail client drops the second copy").isEqualTo(messageId);
		assertThat(mailsTo("mikkel@demo-kommune.dk", draft)).singleElement()
			.extracting(DeadlineMailTests::messageId)
			.as("another notification is another mail")
			.isNotEqualTo(messageId);
	}

	/** The job that sends the mail about the task to the person. */
	private Job mailJob(String recipientId, Task task) {
		Notification mail = notifications.findByTaskIdOrderById(task.getId()).stream()
			.filter(notification -> notification.getRecipientId().equals(recipientId))
			.findFirst()
			.orElseThrow();
		// a mail job names its notification in its configuration, which only the engine's entity shows
		return management.createJobQuery().processDefinitionKey(NotificationProcess.KEY).list().stream()
			.filter(job -> String.valueOf(mail.getId()).equals(((JobEntity) job).getJobHandlerConfigurationRaw()))
			.findFirst()
			.orElseThrow();
	}

	private List<MimeMessage> mailsTo(String address, Task task) {
		return mailsAbout(task).stream().filter(mail -> recipient(mail).equals(address)).toList();
	}

	private List<MimeMessage> mailsAbout(Task task) {
		return Arrays.stream(mailServer.getReceivedMessages())
			.filter(mail -> text(mail).contains("task=" + task.getId()))
			.toList();
	}

	static String recipient(MimeMessage mail) {
		try {
			return mail.getRecipients(RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String messageId(MimeMessage mail) {
		try {
			return mail.getMessageID();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The mail's text as its reader sees it (decoded from the transfer encoding). */
	static String text(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Date endOf(LocalDate day) {
		return Date.from(day.atTime(23, 59).atZone(WorkingTime.ZONE).toInstant());
	}

}
