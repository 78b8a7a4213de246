package dk.aarshjul.organisation;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A committee: Hovedudvalget, Økonomiudvalget, Byrådet or a local MED committee. */
@Entity
@Table(name = "org_body")
public class Body {

	@Id
	private String id;

	private String name;

	@Enumerated(EnumType.STRING)
	private BodyKind kind;

	private String unitId;

	private int position;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "org_body_member", joinColumns = @JoinColumn(name = "body_id"))
	@Column(name = "person_id")
	@OrderBy
	private List<String> memberIds = new ArrayList<>();

	protected Body() {
	}

	Body(String id, String name, BodyKind kind, String unitId, List<String> memberIds, int position) {
		this.id = id;
		this.name = name;
		this.kind = kind;
		this.unitId = unitId;
		this.memberIds = new ArrayList<>(memberIds);
		this.position = position;
	}

	public String getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public BodyKind getKind() {
		return kind;
	}

	public String getUnitId() {
		return unitId;
	}

	public List<String> getMemberIds() {
		return memberIds;
	}

	public int getPosition() {
		return position;
	}

}
