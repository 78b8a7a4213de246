package dk.aarshjul.organisation;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.aarshjul.organisation.CamundaGroups.GroupDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.PersonDefinition;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's users, groups and memberships in step with the organisation: creates what is
 * missing, updates what changed and removes memberships the file no longer gives. Only groups of
 * type {@link CamundaGroups#MANAGED_TYPE} are touched. A person who left keeps their user, so
 * that history still shows their name, but loses every membership and with it every task.
 */
@Component
class IdentitySynchronizer {

	private final IdentityService identity;

	private final SecureRandom random = new SecureRandom();

	IdentitySynchronizer(IdentityService identity) {
		this.identity = identity;
	}

	IdentitySyncReport synchronise(OrganisationDefinition organisation, String initialPassword) {
		Counter counter = new Counter();
		organisation.people().forEach(person -> synchroniseUser(person, initialPassword, counter));

		List<GroupDefinition> wanted = CamundaGroups.derive(organisation);
		Map<String, Group> existing = identity.createGroupQuery()
			.groupType(CamundaGroups.MANAGED_TYPE)
			.list()
			.stream()
			.collect(Collectors.toMap(Group::getId, Function.identity()));
		Set<String> wantedIds = new HashSet<>();
		for (GroupDefinition group : wanted) {
			wantedIds.add(group.id());
			synchroniseGroup(group, existing.get(group.id()), counter);
			synchroniseMembers(group, counter);
		}
		existing.keySet().stream().filter(id -> !wantedIds.contains(id)).forEach(id -> {
			identity.deleteGroup(id);
			counter.groupsDeleted++;
		});
		return counter.report();
	}

	private void synchroniseUser(PersonDefinition person, String initialPassword, Counter counter) {
		User user = identity.createUserQuery().userId(person.id()).singleResult();
		if (user == null) {
			user = identity.newUser(person.id());
			fill(user, person);
			user.setPassword(initialPassword != null && !initialPassword.isBlank() ? initialPassword : sealed());
			identity.saveUser(user);
			counter.usersCreated++;
		}
		else if (!Objects.equals(user.getFirstName(), person.firstName())
				|| !Objects.equals(user.getLastName(), person.lastName())
				|| !Objects.equals(user.getEmail(), person.email()) || user.getPassword() == null) {
			fill(user, person);
			if (user.getPassword() == null) {
				user.setPassword(sealed());
			}
			identity.saveUser(user);
			counter.usersUpdated++;
		}
	}

	/**
	 * A password nobody knows, for people who have not been given one yet. Without any password
	 * Camunda's own logins (the webapps, /engine-rest) fail with an error instead of refusing the
	 * sign-in; an administrator sets the real one in Admin.
	 */
	private String sealed() {
		byte[] secret = new byte[32];
		random.nextBytes(secret);
		return Base64.getEncoder().encodeToString(secret);
	}

	private static void fill(User user, PersonDefinition person) {
		user.setFirstName(person.firstName());
		user.setLastName(person.lastName());
		user.setEmail(person.email());
	}

	private void synchroniseGroup(GroupDefinition wanted, Group existing, Counter counter) {
		if (existing == null) {
			Group group = identity.newGroup(wanted.id());
			group.setName(wanted.name());
			group.setType(CamundaGroups.MANAGED_TYPE);
			identity.saveGroup(group);
			counter.groupsCreated++;
		}
		else if (!Objects.equals(existing.getName(), wanted.name())) {
			existing.setName(wanted.name());
			identity.saveGroup(existing);
			counter.groupsUpdated++;
		}
	}

	private void synchroniseMembers(GroupDefinition group, Counter counter) {
		Set<String> current = identity.createUserQuery()
			.memberOfGroup(group.id())
			.list()
			.stream()
			.map(User::getId)
			.collect(Collectors.toSet());
		for (String member : group.memberIds()) {
			if (!current.contains(member)) {
				identity.createMembership(member, group.id());
				counter.membershipsAdded++;
			}
		}
		for (String member : current) {
			if (!group.memberIds().contains(member)) {
				identity.deleteMembership(member, group.id());
				counter.membershipsRemoved++;
			}
		}
	}

	private static final class Counter {

		int usersCreated;

		int usersUpdated;

		int groupsCreated;

		int groupsUpdated;

		int groupsDeleted;

		int membershipsAdded;

		int membershipsRemoved;

		IdentitySyncReport report() {
			return new IdentitySyncReport(usersCreated, usersUpdated, groupsCreated, groupsUpdated, groupsDeleted,
					membershipsAdded, membershipsRemoved);
		}

	}

}
