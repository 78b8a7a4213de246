package dk.aarshjul.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.notification.Notification;
import dk.aarshjul.notification.NotificationKind;
import dk.aarshjul.notification.NotificationRepository;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told when a task is late, as the README's table says: one leadership level up the line,
 * and for the board and for every committee the process owners. A committee is a political or
 * co-determination body; the executive board is not its superior.
 */
@H2Test
class EscalationLadderTests {

	@Autowired
	EscalationLadder ladder;

	@Autowired
	CycleDriver cycle;

	@Autowired
	DeadlineEscalationRepository escalations;

	@Autowired
	NotificationRepository notifications;

	@AfterEach
	void backToRealTime() {
		cycle.resetClock();
	}

	@Test
	void theLeadershipLineLeadsToTheBoardThenTheProcessOwners() {
		assertThat(ladder.above("skoler", Set.of("unit-skoler-leaders"))).as("a department")
			.containsExactly("unit-laering-chief", "direktion", "procesejer");
		assertThat(ladder.above("laering", Set.of("unit-laering-leaders"))).as("a core area")
			.containsExactly("direktion", "procesejer");
		assertThat(ladder.above(null, Set.of("koncernledelse"))).as("the management group, which the board leads")
			.containsExactly("direktion", "procesejer");
		assertThat(ladder.above(null, Set.of("direktion"))).as("the board").containsExactly("procesejer");
	}

	@Test
	void aCommitteesTaskGoesStraightToTheProcessOwners() {
		assertThat(ladder.above(null, Set.of("oekonomiudvalg"))).containsExactly("procesejer");
		assertThat(ladder.above(null, Set.of("byraad"))).containsExactly("procesejer");
		assertThat(ladder.above("laering", Set.of("med-laering"))).as("a local MED committee, though of a unit")
			.containsExactly("procesejer");
		assertThat(ladder.above(null, Set.of("oekonomiudvalg", "procesejer"))).as("nobody above the process owners")
			.isEmpty();
	}

	@Test
	void aLateDecisionOfOekonomiudvalgetIsEscalatedToTheProcessOwnersNotToTheBoard() {
		String key = "DEMO-STRATEGI-2053";
		cycle.start("olivia", CycleDriver.calendar("DEMO-STRATEGI", 2053));
		cycle.throughConsultation(key);
		Task decision = cycle.taskFor("svend", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key);
		cycle.runDueJobs();

		// the meeting is on Thursday 20 February; the first working day after it is Friday
		cycle.moveClockTo(LocalDate.of(2053, 2, 21));
		assertThat(escalations.findByTaskIdOrderByLevel(decision.getId())).singleElement().satisfies(first -> {
			assertThat(first.getLevel()).isOne();
			assertThat(first.getEscalatedTo()).isEqualTo("procesejer");
		});
		assertThat(cycle.sees("olivia", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key)).as("the process owner is told").isTrue();
		assertThat(cycle.sees("karen", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key)).as("the board may not decide for the committee")
			.isFalse();
		assertThat(escalationMailsTo(decision)).containsExactly("olivia");

		cycle.moveClockTo(LocalDate.of(2053, 3, 3));
		assertThat(escalations.findByTaskIdOrderByLevel(decision.getId())).as("no second level above the process owners")
			.hasSize(1);
		assertThat(cycle.sees("karen", PoliticalApprovalProcess.USER_TASK_DECIDE_ON_PLAN, key)).isFalse();
	}

	private List<String> escalationMailsTo(Task task) {
		return notifications.findByTaskIdOrderById(task.getId())
			.stream()
			.filter(mail -> mail.getKind() == NotificationKind.ESCALATION)
			.map(Notification::getRecipientId)
			.toList();
	}

}
