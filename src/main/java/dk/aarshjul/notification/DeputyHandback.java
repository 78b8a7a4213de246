package dk.aarshjul.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When a leave is over, the tasks the deputy was given for it go back to the person: the deputy
 * stops being a candidate, unless they have taken the task themselves or still stand in for
 * somebody else on it. Runs every morning.
 */
@Component
public class DeputyHandback {

	private static final Logger log = LoggerFactory.getLogger(DeputyHandback.class);

	private final PersonAbsenceRepository absences;

	private final NotificationRepository notifications;

	private final TaskService tasks;

	private final Clock clock;

	DeputyHandback(PersonAbsenceRepository absences, NotificationRepository notifications, TaskService tasks,
			Clock clock) {
		this.absences = absences;
		this.notifications = notifications;
		this.tasks = tasks;
		this.clock = clock;
	}

	@Scheduled(cron = "0 0 6 * * *", zone = "Europe/Copenhagen")
	public void handBackEndedLeaves() {
		LocalDate today = LocalDate.now(clock);
		List<PersonAbsence> all = absences.findAll();
		Set<String> stillCovered = new HashSet<>();
		for (PersonAbsence absence : all) {
			if (absence.covers(today)) {
				stillCovered.addAll(taskIds(absence));
			}
		}
		int handedBack = 0;
		for (PersonAbsence absence : all) {
			if (!absence.getLastDay().isBefore(today)) {
				continue;
			}
			Set<String> given = taskIds(absence);
			given.removeAll(stillCovered);
			if (given.isEmpty()) {
				continue;
			}
			for (Task task : tasks.createTaskQuery().taskIdIn(given.toArray(String[]::new)).list()) {
				if (!absence.getDeputyId().equals(task.getAssignee())) {
					tasks.deleteCandidateUser(task.getId(), absence.getDeputyId());
					handedBack++;
				}
			}
		}
		if (handedBack > 0) {
			log.info("Leaves over: {} tasks handed back from deputies", handedBack);
		}
	}

	/** The tasks the deputy was told about on the person's behalf (and so made a candidate for). */
	private Set<String> taskIds(PersonAbsence absence) {
		return notifications.findByRecipientIdAndOnBehalfOf(absence.getDeputyId(), absence.getPersonId()).stream()
			.map(Notification::getTaskId)
			.filter(id -> id != null)
			.collect(Collectors.toCollection(HashSet::new));
	}

}
