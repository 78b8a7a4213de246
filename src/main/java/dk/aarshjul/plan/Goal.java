package dk.aarshjul.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

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

	@OneToMany(mappedBy = "goal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Indicator> indicators = new ArrayList<>();

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

	/** Replaces the goal's indicators, in the given order; {@code null} keeps them as they are. */
	void reviseIndicators(List<PlanDocument.IndicatorDocument> revised) {
		if (revised == null) {
			return;
		}
		for (int i = 0; i < revised.size(); i++) {
			if (i < indicators.size()) {
				indicators.get(i).revise(revised.get(i));
			}
			else {
				indicators.add(new Indicator(this, i + 1, revised.get(i)));
			}
		}
		while (indicators.size() > revised.size()) {
			indicators.remove(indicators.size() - 1);
		}
	}

	/** The goal's indicators as the plan's JSON has them; none is left out of the JSON (null), as before indicators. */
	List<PlanDocument.IndicatorDocument> indicatorDocuments() {
		return indicators.isEmpty() ? null : indicators.stream().map(Indicator::toDocument).toList();
	}

	public List<Indicator> getIndicators() {
		return indicators;
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
