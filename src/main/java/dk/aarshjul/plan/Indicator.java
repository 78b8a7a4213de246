package dk.aarshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * How a goal is measured: a figure with a unit, which way is better, where it started and where it
 * should be by when (and, optionally, by each round on the way). The thresholds that turn a value
 * into a light are the indicator's own, or the municipality's default when it names none.
 */
@Entity
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "goal_id")
	private Goal goal;

	private int position;

	private String name;

	@Enumerated(EnumType.STRING)
	private IndicatorUnit unit;

	@Enumerated(EnumType.STRING)
	private IndicatorDirection direction;

	private BigDecimal baselineValue;

	private LocalDate baselineDate;

	private BigDecimal targetValue;

	private LocalDate targetDate;

	/** How far from the target (in per cent of it) a value is still yellow; null: the municipality's default. */
	private BigDecimal yellowTolerancePercent;

	@Enumerated(EnumType.STRING)
	private IndicatorReporter reporter;

	private String statbankTable;

	/** The Statbank variables chosen, as {@code CODE=value;CODE=value}, e.g. {@code OMRÅDE=316;KØN=TOT}. */
	private String statbankSelection;

	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dueDate")
	private List<IndicatorMilestone> milestones = new ArrayList<>();

	protected Indicator() {
	}

	Indicator(Goal goal, int position, PlanDocument.IndicatorDocument document) {
		this.goal = goal;
		this.position = position;
		revise(document);
	}

	void revise(PlanDocument.IndicatorDocument document) {
		this.name = document.name();
		this.unit = document.unit();
		this.direction = document.direction();
		this.baselineValue = document.baselineValue();
		this.baselineDate = document.baselineDate();
		this.targetValue = document.targetValue();
		this.targetDate = document.targetDate();
		this.yellowTolerancePercent = document.yellowTolerancePercent();
		this.reporter = document.reporter() == null ? IndicatorReporter.UNITS : document.reporter();
		this.statbankTable = document.statbankTable();
		this.statbankSelection = document.statbankSelection();
		milestones.clear();
		if (document.milestones() != null) {
			document.milestones()
				.forEach(milestone -> milestones.add(new IndicatorMilestone(this, milestone.dueDate(), milestone.targetValue())));
		}
	}

	PlanDocument.IndicatorDocument toDocument() {
		return new PlanDocument.IndicatorDocument(name, unit, direction, plain(baselineValue), baselineDate,
				plain(targetValue), targetDate, plain(yellowTolerancePercent), reporter, statbankTable, statbankSelection,
				milestones.stream()
					.map(milestone -> new PlanDocument.MilestoneDocument(milestone.getDueDate(),
							plain(milestone.getTargetValue())))
					.toList());
	}

	/** A figure as it was written: the database keeps four decimals, 5.0000 goes out as 5 and 100 as 100. */
	static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/**
	 * The target a value measured on {@code date} is held against: the first intermediate target due on
	 * or after that date, else the final target.
	 */
	public BigDecimal targetFor(LocalDate date) {
		return milestones.stream()
			.filter(milestone -> !milestone.getDueDate().isBefore(date))
			.findFirst()
			.map(IndicatorMilestone::getTargetValue)
			.orElse(targetValue);
	}

	public Long getId() {
		return id;
	}

	public Goal getGoal() {
		return goal;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public IndicatorUnit getUnit() {
		return unit;
	}

	public IndicatorDirection getDirection() {
		return direction;
	}

	public BigDecimal getBaselineValue() {
		return baselineValue;
	}

	public LocalDate getBaselineDate() {
		return baselineDate;
	}

	public BigDecimal getTargetValue() {
		return targetValue;
	}

	public LocalDate getTargetDate() {
		return targetDate;
	}

	public BigDecimal getYellowTolerancePercent() {
		return yellowTolerancePercent;
	}

	public IndicatorReporter getReporter() {
		return reporter;
	}

	public String getStatbankTable() {
		return statbankTable;
	}

	public String getStatbankSelection() {
		return statbankSelection;
	}

	public List<IndicatorMilestone> getMilestones() {
		return milestones;
	}

}
