package dk.aarshjul.cockpit;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dk.aarshjul.engine.EngineTables;
import dk.aarshjul.organisation.UserNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who holds each open task, by name: the assignee, else the candidate groups and users. The engine's
 * API reads a task's candidates one task at a time; a page of tasks reads them from the engine's
 * runtime table in one statement, then the names of those people and groups in one statement each.
 */
@Component
class TaskHolders {

	private final EngineTables tables;

	private final IdentityService identity;

	TaskHolders(EngineTables tables, IdentityService identity) {
		this.tables = tables;
		this.identity = identity;
	}

	/** An open task as far as its holders go: its id and its assignee, if any. */
	record Held(String id, String assignee) {
	}

	/** Task id to the names of whoever holds it, joined by commas. */
	Map<String, String> of(Collection<HistoricTaskInstance> tasks) {
		return ofHeld(tasks.stream().map(task -> new Held(task.getId(), task.getAssignee())).toList());
	}

	/** Task id to the names of whoever holds it, joined by commas. */
	Map<String, String> ofHeld(Collection<Held> tasks) {
		if (tasks.isEmpty()) {
			return Map.of();
		}
		Map<String, Set<String>> candidateGroups = new HashMap<>();
		Map<String, Set<String>> candidateUsers = new HashMap<>();
		Set<String> unassigned = tasks.stream()
			.filter(task -> task.assignee() == null)
			.map(Held::id)
			.collect(Collectors.toSet());
		if (!unassigned.isEmpty()) {
			for (EngineTables.Candidate candidate : tables.candidatesOf(unassigned)) {
				if (candidate.groupId() != null) {
					candidateGroups.computeIfAbsent(candidate.taskId(), id -> new TreeSet<>()).add(candidate.groupId());
				}
				if (candidate.userId() != null) {
					candidateUsers.computeIfAbsent(candidate.taskId(), id -> new TreeSet<>()).add(candidate.userId());
				}
			}
		}
		Set<String> userIds = new HashSet<>();
		tasks.stream().map(Held::assignee).filter(id -> id != null).forEach(userIds::add);
		candidateUsers.values().forEach(userIds::addAll);
		Set<String> groupIds = new HashSet<>();
		candidateGroups.values().forEach(groupIds::addAll);
		Map<String, String> userNames = userIds.isEmpty() ? Map.of()
				: identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
					.collect(Collectors.toMap(User::getId, UserNames::of));
		Map<String, String> groupNames = groupIds.isEmpty() ? Map.of()
				: identity.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list().stream()
					.collect(Collectors.toMap(Group::getId, Group::getName));
		Map<String, String> holders = new LinkedHashMap<>();
		for (Held task : tasks) {
			if (task.assignee() != null) {
				holders.put(task.id(), userNames.getOrDefault(task.assignee(), task.assignee()));
				continue;
			}
			Set<String> names = new TreeSet<>();
			candidateGroups.getOrDefault(task.id(), Set.of())
				.forEach(group -> names.add(groupNames.getOrDefault(group, group)));
			candidateUsers.getOrDefault(task.id(), Set.of())
				.forEach(user -> names.add(userNames.getOrDefault(user, user)));
			holders.put(task.id(), String.join(", ", names));
		}
		return holders;
	}

	/** The name of one person, for the timeline's "who". */
	Map<String, String> namesOf(Collection<String> userIds) {
		Set<String> ids = userIds.stream().filter(id -> id != null).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		return identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
			.collect(Collectors.toMap(User::getId, UserNames::of));
	}

}
