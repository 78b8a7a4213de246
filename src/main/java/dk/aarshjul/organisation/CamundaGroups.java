package dk.aarshjul.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dk.aarshjul.organisation.OrganisationDefinition.PersonDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.UnitDefinition;

/**
 * The Camunda groups Årshjul routes tasks to, derived from the organisation. Ids are stable and
 * readable, because they stand in BPMN candidate groups, DMN results and Tasklist filters.
 */
public final class CamundaGroups {

	/** Type given to every group Årshjul manages, so a sync never touches groups made by hand. */
	public static final String MANAGED_TYPE = "aarshjul";

	public static final String EXECUTIVE_BOARD = "direktion";

	public static final String MANAGEMENT_GROUP = "koncernledelse";

	public static final String PROCESS_OWNERS = "procesejer";

	public static final String ADMINISTRATORS = "camunda-admin";

	static final Set<String> RESERVED = Set.of(EXECUTIVE_BOARD, MANAGEMENT_GROUP, PROCESS_OWNERS, ADMINISTRATORS);

	private CamundaGroups() {
	}

	public static String unitChief(String unitId) {
		return "unit-" + unitId + "-chief";
	}

	public static String unitLeaders(String unitId) {
		return "unit-" + unitId + "-leaders";
	}

	/** A group as it should exist in Camunda's identity service. */
	public record GroupDefinition(String id, String name, Set<String> memberIds) {
	}

	public static List<GroupDefinition> derive(OrganisationDefinition organisation) {
		List<PersonDefinition> people = organisation.people();
		List<GroupDefinition> groups = new ArrayList<>();
		UnitDefinition board = organisation.units()
			.stream()
			.filter(unit -> unit.kind() == UnitKind.EXECUTIVE_BOARD)
			.findFirst()
			.orElseThrow();
		groups.add(new GroupDefinition(EXECUTIVE_BOARD, board.name(),
				members(people, person -> person.isLeader() && board.id().equals(person.unitId()))));
		groups.add(new GroupDefinition(MANAGEMENT_GROUP, "Koncernledelsen",
				members(people, person -> person.level() == LeadershipLevel.DIRECTOR
						|| person.level() == LeadershipLevel.CHIEF)));
		groups.add(new GroupDefinition(PROCESS_OWNERS, "Procesejere", members(people, PersonDefinition::processOwner)));
		for (UnitDefinition unit : organisation.units()) {
			groups.add(new GroupDefinition(unitChief(unit.id()), "Chef: " + unit.name(),
					members(people, person -> person.chief() && unit.id().equals(person.unitId()))));
			groups.add(new GroupDefinition(unitLeaders(unit.id()), "Ledere: " + unit.name(),
					members(people, person -> person.isLeader() && unit.id().equals(person.unitId()))));
		}
		organisation.bodies()
			.forEach(body -> groups.add(new GroupDefinition(body.id(), body.name(), Set.copyOf(body.memberIds()))));
		return groups;
	}

	private static Set<String> members(List<PersonDefinition> people, Predicate<PersonDefinition> filter) {
		return people.stream().filter(filter).map(PersonDefinition::id).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
