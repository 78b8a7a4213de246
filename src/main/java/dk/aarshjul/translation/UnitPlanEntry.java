package dk.aarshjul.translation;

import dk.aarshjul.plan.FocusArea;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A unit's answer for one focus area: an action, or the reason it does not apply. */
@Entity
public class UnitPlanEntry {

	@Id
	// from a sequence in blocks (db/vendor/*/V15): the rows of one completion go as one batched insert
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_plan_entry_seq")
	@SequenceGenerator(name = "unit_plan_entry_seq", sequenceName = "unit_plan_entry_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_plan_id")
	private UnitPlan unitPlan;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "focus_area_id")
	private FocusArea focusArea;

	private String action;

	private String notApplicableReason;

	protected UnitPlanEntry() {
	}

	UnitPlanEntry(UnitPlan unitPlan, FocusArea focusArea, String action, String notApplicableReason) {
		this.unitPlan = unitPlan;
		this.focusArea = focusArea;
		this.action = action;
		this.notApplicableReason = notApplicableReason;
	}

	void revise(String action, String notApplicableReason) {
		this.action = action;
		this.notApplicableReason = notApplicableReason;
	}

	public boolean applies() {
		return notApplicableReason == null || notApplicableReason.isBlank();
	}

	public Long getId() {
		return id;
	}

	public FocusArea getFocusArea() {
		return focusArea;
	}

	public String getAction() {
		return action;
	}

	public String getNotApplicableReason() {
		return notApplicableReason;
	}

}
