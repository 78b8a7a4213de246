package dk.aarshjul.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit of the organisation: the executive board, a core area, centre, staff or department. */
@Entity
@Table(name = "org_unit")
public class Unit {

	@Id
	private String id;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	private String parentId;

	private int position;

	protected Unit() {
	}

	Unit(String id, String name, UnitKind kind, String parentId, int position) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.parentId = parentId;
		this.position = position;
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public String getParentId() {
		return parentId;
	}

	public int getPosition() {
		return position;
	}

}
