package dk.aarshjul.organisation;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import dk.aarshjul.organisation.OrganisationDefinition.BodyDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.PersonDefinition;
import dk.aarshjul.organisation.OrganisationDefinition.UnitDefinition;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Keeps our organisation tables equal to the organisation file. An unchanged file writes
 * nothing; a changed one replaces the tables as a whole, inside the caller's transaction.
 */
@Component
class OrganisationTables {

	private final MunicipalityRepository municipalities;

	private final UnitRepository units;

	private final PersonRepository people;

	private final BodyRepository bodies;

	private final EntityManager entityManager;

	OrganisationTables(MunicipalityRepository municipalities, UnitRepository units, PersonRepository people,
			BodyRepository bodies, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.municipalities = municipalities;
		this.units = units;
		this.people = people;
		this.bodies = bodies;
	}

	/** @return whether anything was written */
	boolean replaceWith(OrganisationDefinition organisation) {
		if (Snapshot.of(organisation).equals(currentSnapshot())) {
			return false;
		}
		bodies.deleteAll();
		people.deleteAllInBatch();
		units.deleteAllInBatch();
		municipalities.deleteAllInBatch();
		// The batch deletes bypass the persistence context; forget what it holds so the new rows insert.
		entityManager.flush();
		entityManager.clear();

		municipalities.save(new Municipality(organisation.municipality()));
		List<UnitDefinition> unitList = organisation.units();
		IntStream.range(0, unitList.size()).forEach(i -> {
			UnitDefinition unit = unitList.get(i);
			units.save(new Unit(unit.id(), unit.name(), unit.kind(), unit.parentId(), i));
		});
		List<PersonDefinition> personList = organisation.people();
		IntStream.range(0, personList.size()).forEach(i -> {
			PersonDefinition person = personList.get(i);
			people.save(new Person(person.id(), person.name(), person.email(), person.employeeNumber(),
					person.unitId(), person.level(), person.chief(), person.processOwner(), i));
		});
		List<BodyDefinition> bodyList = organisation.bodies();
		IntStream.range(0, bodyList.size()).forEach(i -> {
			BodyDefinition body = bodyList.get(i);
			bodies.save(new Body(body.id(), body.name(), body.kind(), body.unitId(), body.memberIds(), i));
		});
		return true;
	}

	private Snapshot currentSnapshot() {
		return new Snapshot(municipalities.findAll().stream().map(Municipality::getName).findFirst().orElse(null),
				units.findAllByOrderByPosition()
					.stream()
					.map(unit -> new UnitRow(unit.getId(), unit.getName(), unit.getKind(), unit.getParentId()))
					.toList(),
				people.findAllByOrderByPosition()
					.stream()
					.map(person -> new PersonRow(person.getId(), person.getName(), person.getEmail(),
							person.getEmployeeNumber(), person.getUnitId(), person.getLevel(), person.isChief(), person.isProcessOwner()))
					.toList(),
				bodies.findAllByOrderByPosition()
					.stream()
					.map(body -> new BodyRow(body.getId(), body.getName(), body.getKind(), body.getUnitId(),
							Set.copyOf(body.getMemberIds())))
					.toList());
	}

	/** What the tables hold, without the file's line numbers, so that it can be compared. */
	private record Snapshot(String municipality, List<UnitRow> units, List<PersonRow> people, List<BodyRow> bodies) {

		static Snapshot of(OrganisationDefinition organisation) {
			return new Snapshot(organisation.municipality(),
					organisation.units()
						.stream()
						.map(unit -> new UnitRow(unit.id(), unit.name(), unit.kind(), unit.parentId()))
						.toList(),
					organisation.people()
						.stream()
						.map(person -> new PersonRow(person.id(), person.name(), person.email(), person.employeeNumber(), person.unitId(),
								person.level(), person.chief(), person.processOwner()))
						.toList(),
					organisation.bodies()
						.stream()
						.map(body -> new BodyRow(body.id(), body.name(), body.kind(), body.unitId(),
								Set.copyOf(body.memberIds())))
						.toList());
		}

	}

	private record UnitRow(String id, String name, UnitKind kind, String parentId) {
	}

	private record PersonRow(String id, String name, String email, String employeeNumber, String unitId,
			LeadershipLevel level, boolean chief, boolean processOwner) {
	}

	private record BodyRow(String id, String name, BodyKind kind, String unitId, Set<String> memberIds) {
	}

}
