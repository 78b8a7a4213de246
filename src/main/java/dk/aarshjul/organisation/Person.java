package dk.aarshjul.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person of the organisation; the id is also their Camunda user id. */
@Entity
@Table(name = "org_person")
public class Person {

	@Id
	private String id;

	private String name;

	private String email;

	private String employeeNumber;

	private String unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "leadership_level")
	private LeadershipLevel level;

	private boolean chief;

	private boolean processOwner;

	private int position;

	protected Person() {
	}

	Person(String id, String name, String email, String employeeNumber, String unitId, LeadershipLevel level,
			boolean chief, boolean processOwner, int position) {
		this.id = id;
		this.name = name;
		this.email = email;
		this.employeeNumber = employeeNumber;
		this.unitId = unitId;
		this.level = level;
		this.chief = chief;
		this.processOwner = processOwner;
		this.position = position;
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getEmail() {
		return email;
	}

	public String getEmployeeNumber() {
		return employeeNumber;
	}

	public String getUnitId() {
		return unitId;
	}

	public LeadershipLevel getLevel() {
		return level;
	}

	public boolean isChief() {
		return chief;
	}

	public boolean isProcessOwner() {
		return processOwner;
	}

	public int getPosition() {
		return position;
	}

}
