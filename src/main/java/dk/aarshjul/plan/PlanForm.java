package dk.aarshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanDocument.MilestoneDocument;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan editor's form: the plan's heading, its focus areas in priority order and their goals,
 * with the same names as {@link PlanDocument} so a refusal's field names the field on the page.
 * Rows are added, removed and moved on the server (buttons of the form), so no script is needed.
 * A goal's indicators are edited here too; the form always sends them, so removing the last one
 * removes it from the plan.
 */
public class PlanForm {

	private String code;

	private String municipality;

	private String title;

	private String introduction;

	private Integer year;

	private PlanKind kind = PlanKind.ADMINISTRATIVE_STRATEGY;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodTo;

	/** The plan's version when the editor was opened: a save over someone else's is refused. */
	private Long version;

	private List<AreaForm> focusAreas = new ArrayList<>();

	public static class AreaForm {

		private String title;

		private String strategy;

		private String specialForYear;

		private String responsibleDirector;

		private List<GoalForm> goals = new ArrayList<>();

		boolean isBlank() {
			return PlanForm.blank(title) && PlanForm.blank(strategy) && PlanForm.blank(specialForYear)
					&& PlanForm.blank(responsibleDirector) && goals.stream().allMatch(GoalForm::isBlank);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getStrategy() {
			return strategy;
		}

		public void setStrategy(String strategy) {
			this.strategy = strategy;
		}

		public String getSpecialForYear() {
			return specialForYear;
		}

		public void setSpecialForYear(String specialForYear) {
			this.specialForYear = specialForYear;
		}

		public String getResponsibleDirector() {
			return responsibleDirector;
		}

		public void setResponsibleDirector(String responsibleDirector) {
			this.responsibleDirector = responsibleDirector;
		}

		public List<GoalForm> getGoals() {
			return goals;
		}

		public void setGoals(List<GoalForm> goals) {
			this.goals = goals;
		}

	}

	public static class GoalForm {

		private String description;

		private String measure;

		private String target;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		private List<IndicatorForm> indicators = new ArrayList<>();

		boolean isBlank() {
			return PlanForm.blank(description) && PlanForm.blank(measure) && PlanForm.blank(target) && dueDate == null
					&& indicators.stream().allMatch(IndicatorForm::isBlank);
		}

		public List<IndicatorForm> getIndicators() {
			return indicators;
		}

		public void setIndicators(List<IndicatorForm> indicators) {
			this.indicators = indicators;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getMeasure() {
			return measure;
		}

		public void setMeasure(String measure) {
			this.measure = measure;
		}

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public LocalDate getDueDate() {
			return dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

	}

	/**
	 * An indicator of a goal, as the editor shows it. Statistics Denmark's codes and the intermediate
	 * targets are carried through the form as they are (the plan's JSON edits them), so saving in
	 * the editor never loses them.
	 */
	public static class IndicatorForm {

		private String name;

		private IndicatorUnit unit;

		private IndicatorDirection direction;

		private BigDecimal baselineValue;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate baselineDate;

		private BigDecimal targetValue;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate targetDate;

		private BigDecimal yellowTolerancePercent;

		private IndicatorReporter reporter = IndicatorReporter.UNITS;

		private String statbankTable;

		private String statbankSelection;

		private List<MilestoneForm> milestones = new ArrayList<>();

		boolean isBlank() {
			return PlanForm.blank(name) && baselineValue == null && targetValue == null && baselineDate == null
					&& targetDate == null && yellowTolerancePercent == null;
		}

		static IndicatorForm of(IndicatorDocument indicator) {
			IndicatorForm form = new IndicatorForm();
			form.name = indicator.name();
			form.unit = indicator.unit();
			form.direction = indicator.direction();
			form.baselineValue = indicator.baselineValue();
			form.baselineDate = indicator.baselineDate();
			form.targetValue = indicator.targetValue();
			form.targetDate = indicator.targetDate();
			form.yellowTolerancePercent = indicator.yellowTolerancePercent();
			form.reporter = indicator.reporter();
			form.statbankTable = indicator.statbankTable();
			form.statbankSelection = indicator.statbankSelection();
			if (indicator.milestones() != null) {
				indicator.milestones().forEach(milestone -> form.milestones.add(MilestoneForm.of(milestone)));
			}
			return form;
		}

		IndicatorDocument toDocument() {
			return new IndicatorDocument(trim(name), unit, direction, baselineValue, baselineDate, targetValue, targetDate,
					yellowTolerancePercent, reporter, trim(statbankTable), trim(statbankSelection),
					milestones == null || milestones.isEmpty() ? null
							: milestones.stream().filter(m -> m != null).map(MilestoneForm::toDocument).toList());
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public IndicatorUnit getUnit() {
			return unit;
		}

		public void setUnit(IndicatorUnit unit) {
			this.unit = unit;
		}

		public IndicatorDirection getDirection() {
			return direction;
		}

		public void setDirection(IndicatorDirection direction) {
			this.direction = direction;
		}

		public BigDecimal getBaselineValue() {
			return baselineValue;
		}

		public void setBaselineValue(BigDecimal baselineValue) {
			this.baselineValue = baselineValue;
		}

		public LocalDate getBaselineDate() {
			return baselineDate;
		}

		public void setBaselineDate(LocalDate baselineDate) {
			this.baselineDate = baselineDate;
		}

		public BigDecimal getTargetValue() {
			return targetValue;
		}

		public void setTargetValue(BigDecimal targetValue) {
			this.targetValue = targetValue;
		}

		public LocalDate getTargetDate() {
			return targetDate;
		}

		public void setTargetDate(LocalDate targetDate) {
			this.targetDate = targetDate;
		}

		public BigDecimal getYellowTolerancePercent() {
			return yellowTolerancePercent;
		}

		public void setYellowTolerancePercent(BigDecimal yellowTolerancePercent) {
			this.yellowTolerancePercent = yellowTolerancePercent;
		}

		public IndicatorReporter getReporter() {
			return reporter;
		}

		public void setReporter(IndicatorReporter reporter) {
			this.reporter = reporter;
		}

		public String getStatbankTable() {
			return statbankTable;
		}

		public void setStatbankTable(String statbankTable) {
			this.statbankTable = statbankTable;
		}

		public String getStatbankSelection() {
			return statbankSelection;
		}

		public void setStatbankSelection(String statbankSelection) {
			this.statbankSelection = statbankSelection;
		}

		public List<MilestoneForm> getMilestones() {
			return milestones;
		}

		public void setMilestones(List<MilestoneForm> milestones) {
			this.milestones = milestones;
		}

	}

	/** An intermediate target, carried through the editor as hidden fields. */
	public static class MilestoneForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate dueDate;

		private BigDecimal targetValue;

		static MilestoneForm of(MilestoneDocument milestone) {
			MilestoneForm form = new MilestoneForm();
			form.dueDate = milestone.dueDate();
			form.targetValue = milestone.targetValue();
			return form;
		}

		MilestoneDocument toDocument() {
			return new MilestoneDocument(dueDate, targetValue);
		}

		public LocalDate getDueDate() {
			return dueDate;
		}

		public void setDueDate(LocalDate dueDate) {
			this.dueDate = dueDate;
		}

		public BigDecimal getTargetValue() {
			return targetValue;
		}

		public void setTargetValue(BigDecimal targetValue) {
			this.targetValue = targetValue;
		}

	}

	/** A new plan's form: one focus area with one goal to fill in. */
	static PlanForm blankPlan(String municipality, int year) {
		PlanForm form = new PlanForm();
		form.municipality = municipality;
		form.year = year;
		form.apply("addArea");
		return form;
	}

	static PlanForm of(PlanDocument document, long version) {
		PlanForm form = new PlanForm();
		form.code = document.code();
		form.municipality = document.municipality();
		form.title = document.title();
		form.introduction = document.introduction();
		form.year = document.year();
		form.kind = document.kind();
		form.periodFrom = document.periodFrom();
		form.periodTo = document.periodTo();
		form.version = version;
		for (FocusAreaDocument area : document.focusAreas()) {
			AreaForm areaForm = new AreaForm();
			areaForm.title = area.title();
			areaForm.strategy = area.strategy();
			areaForm.specialForYear = area.specialForYear();
			areaForm.responsibleDirector = area.responsibleDirector();
			for (GoalDocument goal : area.goals()) {
				GoalForm goalForm = new GoalForm();
				goalForm.description = goal.description();
				goalForm.measure = goal.measure();
				goalForm.target = goal.target();
				goalForm.dueDate = goal.dueDate();
				if (goal.indicators() != null) {
					goal.indicators().forEach(indicator -> goalForm.indicators.add(IndicatorForm.of(indicator)));
				}
				areaForm.goals.add(goalForm);
			}
			form.focusAreas.add(areaForm);
		}
		return form;
	}

	/**
	 * Carries out one of the editor's row buttons: {@code addArea}, {@code addGoal:i},
	 * {@code removeArea:i}, {@code removeGoal:i:j}, {@code up:i}, {@code down:i} (i, j from 0).
	 * Anything else, or a row that is not there, changes nothing.
	 */
	void apply(String action) {
		String[] parts = action == null ? new String[0] : action.split(":");
		if (parts.length == 0) {
			return;
		}
		try {
			int area = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
			switch (parts[0]) {
				case "addArea" -> {
					if (focusAreas.size() < PlanLimits.MAX_FOCUS_AREAS) {
						AreaForm added = new AreaForm();
						added.goals.add(new GoalForm());
						focusAreas.add(added);
					}
				}
				case "addGoal" -> {
					if (inRange(area, focusAreas.size()) && goalCount() < PlanLimits.MAX_GOALS) {
						focusAreas.get(area).goals.add(new GoalForm());
					}
				}
				case "addIndicator" -> {
					int goal = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
					if (inRange(area, focusAreas.size()) && inRange(goal, focusAreas.get(area).goals.size())
							&& focusAreas.get(area).goals.get(goal).indicators.size() < PlanLimits.MAX_INDICATORS_PER_GOAL) {
						focusAreas.get(area).goals.get(goal).indicators.add(new IndicatorForm());
					}
				}
				case "removeIndicator" -> {
					int goal = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
					int indicator = parts.length > 3 ? Integer.parseInt(parts[3]) : -1;
					if (inRange(area, focusAreas.size()) && inRange(goal, focusAreas.get(area).goals.size())
							&& inRange(indicator, focusAreas.get(area).goals.get(goal).indicators.size())) {
						focusAreas.get(area).goals.get(goal).indicators.remove(indicator);
					}
				}
				case "removeArea" -> {
					if (inRange(area, focusAreas.size())) {
						focusAreas.remove(area);
					}
				}
				case "removeGoal" -> {
					int goal = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
					if (inRange(area, focusAreas.size()) && inRange(goal, focusAreas.get(area).goals.size())) {
						focusAreas.get(area).goals.remove(goal);
					}
				}
				case "up" -> {
					if (inRange(area, focusAreas.size()) && area > 0) {
						Collections.swap(focusAreas, area, area - 1);
					}
				}
				case "down" -> {
					if (inRange(area, focusAreas.size()) && area < focusAreas.size() - 1) {
						Collections.swap(focusAreas, area, area + 1);
					}
				}
				default -> {
				}
			}
		}
		catch (NumberFormatException ignored) {
			// a hand-made button value: nothing to do
		}
	}

	/** A period left empty is the plan's year, as most plans are one year's. */
	void periodOfYearIfEmpty() {
		if (periodFrom == null && periodTo == null && year != null && year >= 2000 && year <= 2100) {
			periodFrom = LocalDate.of(year, 1, 1);
			periodTo = LocalDate.of(year, 12, 31);
		}
	}

	/** Leaves out goals and focus areas that were left wholly empty, as a person means them. */
	void dropBlankRows() {
		focusAreas.removeIf(area -> area == null || area.isBlank());
		focusAreas.forEach(area -> area.goals.removeIf(goal -> goal == null || goal.isBlank()));
		focusAreas.forEach(area -> area.goals
			.forEach(goal -> goal.indicators.removeIf(indicator -> indicator == null || indicator.isBlank())));
	}

	PlanDocument toDocument() {
		return new PlanDocument(trim(code), trim(municipality), trim(title), trim(introduction),
				year == null ? 0 : year, kind, periodFrom, periodTo,
				focusAreas.stream()
					.map(area -> new FocusAreaDocument(trim(area.title), trim(area.strategy), trim(area.specialForYear),
							trim(area.responsibleDirector),
							area.goals.stream()
								.map(goal -> new GoalDocument(trim(goal.description), trim(goal.measure),
										trim(goal.target), goal.dueDate,
										goal.indicators.stream().map(IndicatorForm::toDocument).toList()))
								.toList()))
					.toList());
	}

	private int goalCount() {
		return focusAreas.stream().mapToInt(area -> area.goals.size()).sum();
	}

	private static boolean inRange(int index, int size) {
		return index >= 0 && index < size;
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return blank(text) ? null : text.strip();
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIntroduction() {
		return introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public PlanKind getKind() {
		return kind;
	}

	public void setKind(PlanKind kind) {
		this.kind = kind;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public void setPeriodFrom(LocalDate periodFrom) {
		this.periodFrom = periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public void setPeriodTo(LocalDate periodTo) {
		this.periodTo = periodTo;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<AreaForm> getFocusAreas() {
		return focusAreas;
	}

	public void setFocusAreas(List<AreaForm> focusAreas) {
		this.focusAreas = focusAreas;
	}

}
