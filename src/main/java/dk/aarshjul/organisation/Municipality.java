package dk.aarshjul.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The municipality the organisation file describes; there is exactly one. */
@Entity
@Table(name = "org_municipality")
public class Municipality {

	static final int SINGLE_ID = 1;

	@Id
	private Integer id = SINGLE_ID;

	private String name;

	protected Municipality() {
	}

	Municipality(String name) {
		this.name = name;
	}

	public String getName() {
		return name;
	}

}
