package dk.aarshjul.plan;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A goal of a focus area: what, how it is measured, the target and by when (SMART where possible). */
@Entity
public class Goal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "focus_area_id")
	private FocusArea focusArea;

	private int position;

	private String description;

	private String measure;

	private String target;

	private LocalDate dueDate;

	protected Goal() {
	}

	Goal(FocusArea focusArea, int position, String description, String measure, String target, LocalDate dueDate) {
		this.focusArea = focusArea;
		this.position = position;
		this.description = description;
		this.measure = measure;
		this.target = target;
		this.dueDate = dueDate;
	}

	void moveDueDate(int years) {
		this.dueDate = dueDate.plusYears(years);
	}

	void revise(String description, String measure, String target, LocalDate dueDate) {
		this.description = description;
		this.measure = measure;
		this.target = target;
		this.dueDate = dueDate;
	}

	public Long getId() {
		return id;
	}

	public FocusArea getFocusArea() {
		return focusArea;
	}

	public int getPosition() {
		return position;
	}

	public String getDescription() {
		return description;
	}

	public String getMeasure() {
		return measure;
	}

	public String getTarget() {
		return target;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

}
