package dk.aarshjul.organisation;

import java.util.List;
import java.util.Optional;

/**
 * A municipality's organisation as read from its organisation file. Every part remembers the
 * line it was written on, so that a problem can be reported where the author can fix it.
 */
public record OrganisationDefinition(String municipality, List<UnitDefinition> units, List<PersonDefinition> people,
		List<BodyDefinition> bodies) {

	public record UnitDefinition(String id, String name, UnitKind kind, String parentId, int line) {
	}

	public record PersonDefinition(String id, String name, String email, String employeeNumber, String unitId,
			LeadershipLevel level, boolean chief, boolean processOwner, int line) {

		public boolean isLeader() {
			return level != null;
		}

		public String firstName() {
			int space = name.indexOf(' ');
			return space < 0 ? name : name.substring(0, space);
		}

		public String lastName() {
			int space = name.indexOf(' ');
			return space < 0 ? "" : name.substring(space + 1);
		}

	}

	public record BodyDefinition(String id, String name, BodyKind kind, String unitId, List<String> memberIds,
			int line) {
	}

	public Optional<UnitDefinition> unit(String id) {
		return units.stream().filter(unit -> unit.id().equals(id)).findFirst();
	}

}
