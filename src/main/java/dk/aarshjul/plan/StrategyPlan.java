package dk.aarshjul.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * A strategy plan: focus areas in priority order, each with goals. {@code code} and
 * {@code year} together name the plan, and its cycle's business key (e.g. DEMO-STRATEGI-2027).
 */
@Entity
public class StrategyPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private String code;

	private String municipality;

	private String title;

	private String introduction;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	@Column(name = "plan_year")
	private int year;

	@Enumerated(EnumType.STRING)
	private PlanKind kind;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	@ManyToOne(fetch = FetchType.LAZY)
	private StrategyPlan previousPlan;

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("priority")
	private List<FocusArea> focusAreas = new ArrayList<>();

	protected StrategyPlan() {
	}

	public StrategyPlan(String code, String municipality, String title, int year, PlanKind kind,
			LocalDate periodFrom, LocalDate periodTo) {
		this.code = code;
		this.municipality = municipality;
		this.title = title;
		this.year = year;
		this.kind = kind;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
	}

	/** Adds a focus area after the ones already there, so the order given is the priority. */
	public FocusArea addFocusArea(String title, String strategy, String specialForYear, String responsibleDirector) {
		FocusArea area = new FocusArea(this, focusAreas.size() + 1, title, strategy, specialForYear,
				responsibleDirector);
		focusAreas.add(area);
		return area;
	}

	/** Revises the focus areas position by position: changed in place, new ones added, surplus ones removed. */
	public void reviseFocusAreas(List<PlanDocument.FocusAreaDocument> revised) {
		for (int i = 0; i < revised.size(); i++) {
			PlanDocument.FocusAreaDocument area = revised.get(i);
			if (i < focusAreas.size()) {
				focusAreas.get(i).revise(area.title(), area.strategy(), area.specialForYear(), area.responsibleDirector());
			}
			else {
				addFocusArea(area.title(), area.strategy(), area.specialForYear(), area.responsibleDirector());
			}
			focusAreas.get(i).reviseGoals(area.goals() == null ? List.of() : area.goals());
		}
		while (focusAreas.size() > revised.size()) {
			focusAreas.remove(focusAreas.size() - 1);
		}
	}

	/** Replaces the plan's heading: its name, kind and period (the editor, before any cycle of the plan started). */
	void reviseHeading(PlanDocument document) {
		this.code = document.code();
		this.municipality = document.municipality();
		this.title = document.title();
		this.introduction = document.introduction();
		this.year = document.year();
		this.kind = document.kind();
		this.periodFrom = document.periodFrom();
		this.periodTo = document.periodTo();
	}

	/**
	 * Whether the plan's period is the cycle's: a period with an end that covers the cycle's year,
	 * or an open period ("fra …") that begins in it. Such a period the board chose and it stays.
	 */
	public boolean periodFits(int cycleYear) {
		if (periodFrom == null) {
			return false;
		}
		if (periodTo != null) {
			return periodFrom.getYear() <= cycleYear && periodTo.getYear() >= cycleYear;
		}
		return periodFrom.getYear() == cycleYear;
	}

	/**
	 * Moves a period that does not fit the cycle's year by whole years, so it begins in that year
	 * (a period from 1 January 2017 becomes one from 1 January 2027 in the 2027 cycle), keeping its
	 * length. Goals due before the moved period begins — last period's due dates, carried over with
	 * the plan — move by the same years; a goal already due in the new period keeps its date.
	 * @return how many years the period moved; 0 when it fits (or has no start)
	 */
	public int followCycleYear(int cycleYear) {
		if (periodFrom == null || periodFits(cycleYear)) {
			return 0;
		}
		int years = cycleYear - periodFrom.getYear();
		periodFrom = periodFrom.plusYears(years);
		periodTo = periodTo == null ? null : periodTo.plusYears(years);
		for (FocusArea area : focusAreas) {
			for (Goal goal : area.getGoals()) {
				if (goal.getDueDate() != null && goal.getDueDate().isBefore(periodFrom)) {
					goal.moveDueDate(years);
				}
			}
		}
		return years;
	}

	/** The period only, as {@link #followCycleYear} moves it, for a draft whose goals the board hands in anew. */
	void movePeriodTo(int cycleYear) {
		if (periodFrom != null && !periodFits(cycleYear)) {
			int years = cycleYear - periodFrom.getYear();
			periodFrom = periodFrom.plusYears(years);
			periodTo = periodTo == null ? null : periodTo.plusYears(years);
		}
	}

	public String businessKey() {
		return code + "-" + year;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getCode() {
		return code;
	}

	public String getMunicipality() {
		return municipality;
	}

	public String getTitle() {
		return title;
	}

	public String getIntroduction() {
		return introduction;
	}

	public void setIntroduction(String introduction) {
		this.introduction = introduction;
	}

	public LocalDate getPeriodFrom() {
		return periodFrom;
	}

	public LocalDate getPeriodTo() {
		return periodTo;
	}

	public int getYear() {
		return year;
	}

	public PlanKind getKind() {
		return kind;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public void setStatus(PlanStatus status) {
		this.status = status;
	}

	public StrategyPlan getPreviousPlan() {
		return previousPlan;
	}

	public void setPreviousPlan(StrategyPlan previousPlan) {
		this.previousPlan = previousPlan;
	}

	public List<FocusArea> getFocusAreas() {
		return focusAreas;
	}

}
