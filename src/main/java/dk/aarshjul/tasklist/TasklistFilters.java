package dk.aarshjul.tasklist;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.deadline.DeadlinesChased;
import dk.aarshjul.engine.EngineCommands;
import dk.aarshjul.engine.TaskQueries;
import dk.aarshjul.organisation.CamundaGroups.GroupDefinition;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.OrganisationDefinition.PersonDefinition;
import dk.aarshjul.organisation.OrganisationDefinition;
import dk.aarshjul.organisation.OrganisationLoaded;
import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every person in the organisation file gets their own Tasklist filters, kept in step with the
 * file on every load: "Mine opgaver" (what they may complete: their own, and those offered to them or
 * their groups, as on the work page), "Min enheds opgaver" (the groups the file puts them in),
 * "Forsinkede", and for process owners "Alle årshjul". Each lists the plan, year and unit of its
 * tasks. Filters Årshjul made are marked, so a person's own filters are never touched.
 * <p>
 * No filter holds an expression: the engine evaluates none in stored or ad-hoc queries
 * ({@code enableExpressionsInStoredQueries} and {@code enableExpressionsInAdhocQueries} are off in
 * application.yml), because a person may save any filter of their own and an expression runs on the
 * server. A filter belongs to one person, so it names them ({@code ${currentUser()}} before 1.1);
 * "Forsinkede" lists tasks due before a moment that every round of the quarter-hourly deadline
 * chase moves to its own time ({@code ${now()}} before 1.1), so a task shows as late at most a
 * quarter of an hour after its deadline, when the chase has also seen it. Filters saved by 1.0 are
 * rewritten on the first organisation load after the upgrade (every start loads it).
 */
@Component
class TasklistFilters {

	static final String MANAGED = "aarshjul";

	/** Which of Årshjul's filters it is (mine, unit, late, all): the late ones are moved with the clock. */
	static final String KIND = "aarshjulKind";

	static final String LATE = "late";

	private static final String LEGACY_SHARED_FILTER = "Alle opgaver";

	private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);

	private static final Locale DANISH = Locale.forLanguageTag("da-DK");

	private final FilterService filters;

	private final TaskService tasks;

	private final MessageSource messages;

	private final Clock clock;

	private final EngineCommands engine;

	TasklistFilters(FilterService filters, TaskService tasks, MessageSource messages, Clock clock,
			EngineCommands engine) {
		this.filters = filters;
		this.tasks = tasks;
		this.messages = messages;
		this.clock = clock;
		this.engine = engine;
	}

	@EventListener
	void follow(OrganisationLoaded loaded) {
		OrganisationDefinition organisation = loaded.organisation();
		List<GroupDefinition> groups = CamundaGroups.derive(organisation);
		Set<String> people = organisation.people().stream().map(PersonDefinition::id).collect(Collectors.toSet());
		int created = 0;
		int removed = 0;
		for (Filter filter : filters.createFilterQuery().list()) {
			// the shared "Alle opgaver" of Årshjul's first version showed every task to everyone
			boolean legacyShared = filter.getOwner() == null && LEGACY_SHARED_FILTER.equals(filter.getName());
			if (legacyShared || isManaged(filter) && !people.contains(filter.getOwner())) {
				filters.deleteFilter(filter.getId());
				removed++;
			}
			else if (!isManaged(filter) && withoutExpressions(filter)) {
				log.warn("Tasklist filter {} ('{}', owner {}) held expressions; they are removed, the engine runs none",
						filter.getId(), filter.getName(), filter.getOwner());
			}
		}
		for (PersonDefinition person : organisation.people()) {
			Map<String, Filter> existing = filters.createFilterQuery().filterOwner(person.id()).list().stream()
				.filter(TasklistFilters::isManaged)
				.collect(Collectors.toMap(Filter::getName, filter -> filter, (first, second) -> first));
			List<FilterSpec> wanted = filtersFor(person, groups);
			for (FilterSpec spec : wanted) {
				Filter filter = existing.remove(spec.name());
				if (filter == null) {
					filter = filters.newTaskFilter(spec.name()).setOwner(person.id());
					created++;
				}
				filter.setQuery(spec.query());
				filter.setProperties(spec.properties());
				filters.saveFilter(filter);
			}
			for (Filter stale : existing.values()) {
				filters.deleteFilter(stale.getId());
				removed++;
			}
		}
		log.info("Tasklist filters follow the organisation: {} created, {} removed", created, removed);
	}

	/**
	 * Moves every person's "Forsinkede" to the chase round's time, in a transaction of its own: a
	 * failure (another node's round moving them at the same moment) leaves the filters as the other
	 * round made them and does not fail the chase.
	 */
	@EventListener
	void followTheClock(DeadlinesChased round) {
		Date now = Date.from(round.at());
		try {
			int moved = engine.inNewTransaction(() -> moveLateFilters(now));
			log.debug("{} late-task filters now list tasks due before {}", moved, now);
		}
		catch (RuntimeException ex) {
			log.info("The late-task filters were not moved to {} ({}); the next round moves them", now, ex.toString());
		}
	}

	/**
	 * Takes every expression out of a person's own filter, also out of its or-queries, where the
	 * engine would still evaluate them (made before 1.1, when filters with expressions could be
	 * saved); answers whether there were any. The criteria go; the filter lists more, never
	 * more than its owner may read.
	 */
	private boolean withoutExpressions(Filter filter) {
		boolean found = TaskQueries.removeExpressions(filter);
		if (found) {
			filters.saveFilter(filter);
		}
		return found;
	}

	private int moveLateFilters(Date now) {
		int moved = 0;
		for (Filter filter : filters.createFilterQuery().list()) {
			if (isManaged(filter) && LATE.equals(filter.getProperties().get(KIND)) && filter.getOwner() != null) {
				filter.setQuery(late(filter.getOwner(), now));
				filters.saveFilter(filter);
				moved++;
			}
		}
		return moved;
	}

	record FilterSpec(String name, Query<?, ?> query, Map<String, Object> properties) {
	}

	List<FilterSpec> filtersFor(PersonDefinition person, List<GroupDefinition> groups) {
		List<String> ownGroups = groups.stream()
			.filter(group -> group.memberIds().contains(person.id()))
			.map(GroupDefinition::id)
			.filter(id -> !id.equals(CamundaGroups.PROCESS_OWNERS) && !id.equals(CamundaGroups.ADMINISTRATORS))
			.sorted()
			.toList();
		List<FilterSpec> wanted = new ArrayList<>();
		wanted.add(spec("mine", -20, "#00527a", mayComplete(person.id(), ownGroups)));
		if (!ownGroups.isEmpty()) {
			wanted.add(spec("unit", -10, "#3a7d44",
					tasks.createTaskQuery().taskCandidateGroupIn(ownGroups).includeAssignedTasks().orderByDueDate().asc()));
		}
		wanted.add(spec(LATE, 0, "#8a1c1c", late(person.id(), Date.from(clock.instant()))));
		if (person.processOwner()) {
			wanted.add(spec("all", 10, "#555555", tasks.createTaskQuery().orderByDueDate().asc()));
		}
		return wanted;
	}

	/**
	 * What the person may complete, as the work page (work/MyWork) lists it: their own tasks, and
	 * those nobody has taken that are offered to them by name (as a deputy too) or to one of their
	 * groups. The groups are named, as no filter may hold an expression; they follow the
	 * organisation file, as every load rewrites the filter.
	 */
	private TaskQuery mayComplete(String personId, List<String> groups) {
		TaskQuery offered = tasks.createTaskQuery().or().taskAssignee(personId).taskCandidateUser(personId);
		if (!groups.isEmpty()) {
			offered.taskCandidateGroupIn(groups);
		}
		return offered.endOr().orderByDueDate().asc();
	}

	/** The person's tasks, or those offered to them or their groups, due before the given moment. */
	private TaskQuery late(String personId, Date dueBefore) {
		return tasks.createTaskQuery()
			.taskCandidateUser(personId)
			.includeAssignedTasks()
			.dueBefore(dueBefore)
			.orderByDueDate()
			.asc();
	}

	private FilterSpec spec(String kind, int priority, String color, Query<?, ?> query) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(MANAGED, true);
		properties.put(KIND, kind);
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("description", message("tasklist.filter." + kind + ".description"));
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", List.of(column(CycleVariables.PLAN_TITLE, "plan"),
				column(CycleVariables.CYCLE_YEAR, "year"), column(CycleVariables.CONCERNS, "unit")));
		return new FilterSpec(message("tasklist.filter." + kind), query, properties);
	}

	private Map<String, String> column(String variable, String label) {
		return Map.of("name", variable, "label", message("tasklist.column." + label));
	}

	private static boolean isManaged(Filter filter) {
		return filter.getProperties() != null && Boolean.TRUE.equals(filter.getProperties().get(MANAGED));
	}

	private String message(String key) {
		return messages.getMessage(key, null, DANISH);
	}

}
