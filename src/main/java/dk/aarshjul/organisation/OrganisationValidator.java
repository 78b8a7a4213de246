package dk.aarshjul.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.aarshjul.organisation.OrganisationDefinition.BodyDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.PersonDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.UnitDefinition;

/**
 * Checks the references inside an organisation definition: ids are unique, parents and units
 * exist, the tree has one executive board at its root and no cycles, every leader belongs to a
 * unit, and committee members are known people.
 */
public final class OrganisationValidator {

	/** Ids become Camunda user and group ids, which the engine restricts to this pattern. */
	static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-zA-Z0-9]+([-._][a-zA-Z0-9]+)*");

	private OrganisationValidator() {
	}

	public static void validate(OrganisationDefinition organisation, String source) {
		List<OrganisationProblem> problems = new ArrayList<>();
		Map<String, UnitDefinition> units = unique(organisation.units(), UnitDefinition::id, UnitDefinition::line,
				"organisation.unit.duplicate", problems);
		Map<String, PersonDefinition> people = unique(organisation.people(), PersonDefinition::id,
				PersonDefinition::line, "organisation.person.duplicate", problems);
		// a directory's employee number (matched at sign-in, mode oidc) must name one person only
		unique(organisation.people(), PersonDefinition::employeeNumber, PersonDefinition::line,
				"organisation.person.duplicateEmployeeNumber", problems);
		unique(organisation.bodies(), BodyDefinition::id, BodyDefinition::line, "organisation.body.duplicate",
				problems);

		organisation.units().forEach(unit -> checkId(unit.id(), unit.line(), problems));
		organisation.people().forEach(person -> checkId(person.id(), person.line(), problems));
		organisation.bodies().forEach(body -> checkId(body.id(), body.line(), problems));
		checkTree(organisation.units(), units, problems);
		checkPeople(organisation.people(), units, problems);
		checkBodies(organisation.bodies(), units, people, problems);

		if (!problems.isEmpty()) {
			throw new OrganisationFileException(source, problems);
		}
	}

	private static void checkId(String id, int line, List<OrganisationProblem> problems) {
		if (id != null && !ID.matcher(id).matches()) {
			problems.add(OrganisationProblem.at(line, "organisation.id.invalid", id));
		}
	}

	private static void checkTree(List<UnitDefinition> unitList, Map<String, UnitDefinition> units,
			List<OrganisationProblem> problems) {
		List<UnitDefinition> roots = new ArrayList<>();
		for (UnitDefinition unit : unitList) {
			if (unit.parentId() == null) {
				roots.add(unit);
			}
			else if (!units.containsKey(unit.parentId())) {
				problems.add(OrganisationProblem.at(unit.line(), "organisation.unit.unknownParent", unit.id(),
						unit.parentId()));
			}
			else if (leadsToCycle(unit, units)) {
				problems.add(OrganisationProblem.at(unit.line(), "organisation.unit.cycle", unit.id()));
			}
		}
		if (roots.size() != 1 || roots.get(0).kind() != UnitKind.EXECUTIVE_BOARD) {
			int line = roots.isEmpty() ? 1 : roots.get(roots.size() - 1).line();
			problems.add(OrganisationProblem.at(line, "organisation.unit.root"));
		}
	}

	private static boolean leadsToCycle(UnitDefinition unit, Map<String, UnitDefinition> units) {
		Set<String> seen = new HashSet<>();
		UnitDefinition current = unit;
		while (current != null && current.parentId() != null) {
			if (!seen.add(current.id())) {
				return true;
			}
			current = units.get(current.parentId());
		}
		return false;
	}

	private static void checkPeople(List<PersonDefinition> people, Map<String, UnitDefinition> units,
			List<OrganisationProblem> problems) {
		Set<String> unitsWithChief = new HashSet<>();
		for (PersonDefinition person : people) {
			if (person.unitId() != null && !units.containsKey(person.unitId())) {
				problems.add(OrganisationProblem.at(person.line(), "organisation.person.unknownUnit", person.id(),
						person.unitId()));
			}
			if (person.isLeader() && person.unitId() == null) {
				problems.add(OrganisationProblem.at(person.line(), "organisation.person.leaderWithoutUnit",
						person.id()));
			}
			if (person.chief() && !person.isLeader()) {
				problems.add(OrganisationProblem.at(person.line(), "organisation.person.chiefWithoutLevel",
						person.id()));
			}
			if (person.chief() && person.unitId() != null && !unitsWithChief.add(person.unitId())) {
				problems.add(OrganisationProblem.at(person.line(), "organisation.person.secondChief", person.id(),
						person.unitId()));
			}
		}
	}

	private static void checkBodies(List<BodyDefinition> bodies, Map<String, UnitDefinition> units,
			Map<String, PersonDefinition> people, List<OrganisationProblem> problems) {
		for (BodyDefinition body : bodies) {
			if (CamundaGroups.RESERVED.contains(body.id())) {
				problems.add(OrganisationProblem.at(body.line(), "organisation.body.reservedId", body.id()));
			}
			if (body.kind() == BodyKind.LOCAL_MED_COMMITTEE && body.unitId() == null) {
				problems.add(OrganisationProblem.at(body.line(), "organisation.body.localWithoutUnit", body.id()));
			}
			if (body.unitId() != null && !units.containsKey(body.unitId())) {
				problems.add(OrganisationProblem.at(body.line(), "organisation.body.unknownUnit", body.id(),
						body.unitId()));
			}
			for (String member : body.memberIds()) {
				if (!people.containsKey(member)) {
					problems.add(OrganisationProblem.at(body.line(), "organisation.body.unknownMember", body.id(),
							member));
				}
			}
		}
	}

	private static <T> Map<String, T> unique(List<T> items, java.util.function.Function<T, String> id,
			java.util.function.ToIntFunction<T> line, String messageKey, List<OrganisationProblem> problems) {
		Map<String, T> byId = new HashMap<>();
		for (T item : items) {
			String key = id.apply(item);
			if (key == null) {
				continue;
			}
			T earlier = byId.putIfAbsent(key, item);
			if (earlier != null) {
				problems.add(OrganisationProblem.at(line.applyAsInt(item), messageKey, key, line.applyAsInt(earlier)));
			}
		}
		return byId;
	}

}
