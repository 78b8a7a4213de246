package dk.aarshjul.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.organisation.CamundaGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * What a person has to do: every open task they may complete, across plans and years, most urgent
 * first (deadline ascending, no deadline last), and what comes next for them. Two statements
 * whatever the number of running cycles: the tasks with their cycle and unit in one, the dates ahead
 * in the other.
 */
@Service
@Transactional(readOnly = true)
public class MyWork {

	/** More tasks than anyone works through from one page; Tasklist's first filter lists them all. */
	static final int MOST_SHOWN = 200;

	private static final Set<String> NOT_FOR_TASKS = Set.of(CamundaGroups.PROCESS_OWNERS,
			CamundaGroups.ADMINISTRATORS);

	private final WorkQueries queries;

	private final Clock clock;

	MyWork(WorkQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/** The person's work; {@code contextPath} makes the links to Tasklist. */
	public WorkPage of(String userId, Set<String> groupIds, String contextPath) {
		LocalDate today = LocalDate.now(clock);
		List<String> groups = groupIds.stream().filter(group -> !NOT_FOR_TASKS.contains(group)).sorted().toList();
		List<WorkQueries.OpenTask> open = queries.openTasks(userId, groups, MOST_SHOWN + 1);
		List<WorkItem> items = new ArrayList<>();
		for (WorkQueries.OpenTask task : open.subList(0, Math.min(open.size(), MOST_SHOWN))) {
			if (excludes(task.excluded(), userId)) {
				// four eyes: offered to their group, but the person did the work it decides on
				continue;
			}
			LocalDate deadline = task.due() == null ? null : task.due().atZone(WorkingTime.ZONE).toLocalDate();
			Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
			items.add(new WorkItem(task.id(), task.name(), task.planTitle(), task.year(), task.phase(),
					task.concerns(), deadline, daysLeft, tasklistLink(contextPath, task.id())));
		}
		List<WorkPage.Ahead> ahead = queries.next(userId, today).stream()
			.map(next -> new WorkPage.Ahead(next.kind(), next.what(), next.day()))
			.sorted(Comparator.comparing(WorkPage.Ahead::day))
			.toList();
		return new WorkPage(items, open.size() > MOST_SHOWN, MOST_SHOWN, ahead);
	}

	/** Tasklist opens the task itself from this link. */
	static String tasklistLink(String contextPath, String taskId) {
		return contextPath + "/camunda/app/tasklist/default/#/?task=" + UriUtils.encodeQueryParam(taskId, "UTF-8");
	}

	private static boolean excludes(String excluded, String userId) {
		return excluded != null && Arrays.asList(excluded.split(",")).contains(userId);
	}

}
