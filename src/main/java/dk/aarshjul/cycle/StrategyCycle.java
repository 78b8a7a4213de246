package dk.aarshjul.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.plan.StrategyPlan;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

/**
 * One yearly cycle of a plan: its calendar, set by the process owner, and the units that must
 * translate the plan. The process instance refers to it by id.
 */
@Entity
public class StrategyCycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id")
	private StrategyPlan plan;

	private int cycleYear;

	private String businessKey;

	private String processInstanceId;

	private LocalDate draftingDeadline;

	private LocalDate consultationDeadline;

	private LocalDate financeCommitteeMeeting;

	private LocalDate councilMeeting;

	private LocalDate translationDeadline;

	private LocalDate periodEnd;

	private LocalDate consultationSentOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "strategy_cycle_follow_up", joinColumns = @JoinColumn(name = "cycle_id"))
	@Column(name = "follow_up_date")
	@OrderBy
	private List<LocalDate> followUpDates = new ArrayList<>();

	// read only where the units are asked for: every completion loads its cycle (the audit trail,
	// the next due date), and almost none needs the units
	@ElementCollection
	@CollectionTable(name = "strategy_cycle_unit", joinColumns = @JoinColumn(name = "cycle_id"))
	@Column(name = "unit_id")
	@OrderBy
	private List<String> translatingUnitIds = new ArrayList<>();

	private String startedBy;

	private Instant startedAt;

	private String evaluation;

	protected StrategyCycle() {
	}

	StrategyCycle(StrategyPlan plan, CalendarDates calendar, String startedBy, Instant startedAt) {
		this.plan = plan;
		this.cycleYear = calendar.cycleYear();
		this.businessKey = plan.getCode() + "-" + calendar.cycleYear();
		this.draftingDeadline = calendar.draftingDeadline();
		this.consultationDeadline = calendar.consultationDeadline();
		this.financeCommitteeMeeting = calendar.financeCommitteeMeeting();
		this.councilMeeting = calendar.councilMeeting();
		this.translationDeadline = calendar.translationDeadline();
		this.periodEnd = calendar.periodEnd();
		this.followUpDates.addAll(calendar.followUpDates().stream().distinct().sorted().toList());
		this.startedBy = startedBy;
		this.startedAt = startedAt;
	}

	public void chooseTranslatingUnits(List<String> unitIds) {
		translatingUnitIds.clear();
		translatingUnitIds.addAll(unitIds);
	}

	public void markConsultationSent(LocalDate day) {
		this.consultationSentOn = day;
	}

	/** The calendar as it stands, for checking a proposed change against the whole. */
	public CalendarDates calendar() {
		return new CalendarDates(cycleYear, draftingDeadline, consultationDeadline, financeCommitteeMeeting,
				councilMeeting, translationDeadline, List.copyOf(followUpDates), periodEnd);
	}

	/** Moves one date of the calendar; the caller has checked the resulting calendar. */
	void move(CalendarField field, LocalDate date) {
		switch (field) {
			case DRAFTING_DEADLINE -> this.draftingDeadline = date;
			case CONSULTATION_DEADLINE -> this.consultationDeadline = date;
			case FINANCE_COMMITTEE_MEETING -> this.financeCommitteeMeeting = date;
			case COUNCIL_MEETING -> this.councilMeeting = date;
			case TRANSLATION_DEADLINE -> this.translationDeadline = date;
			case FIRST_FOLLOW_UP, SECOND_FOLLOW_UP -> this.followUpDates.set(field.followUpRound(), date);
			case PERIOD_END -> this.periodEnd = date;
		}
	}

	void attachTo(String processInstanceId) {
		this.processInstanceId = processInstanceId;
	}

	public void recordEvaluation(String evaluation) {
		this.evaluation = evaluation;
	}

	public Long getId() {
		return id;
	}

	public StrategyPlan getPlan() {
		return plan;
	}

	public int getCycleYear() {
		return cycleYear;
	}

	public String getBusinessKey() {
		return businessKey;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public LocalDate getDraftingDeadline() {
		return draftingDeadline;
	}

	public LocalDate getConsultationDeadline() {
		return consultationDeadline;
	}

	public LocalDate getFinanceCommitteeMeeting() {
		return financeCommitteeMeeting;
	}

	public LocalDate getCouncilMeeting() {
		return councilMeeting;
	}

	public LocalDate getTranslationDeadline() {
		return translationDeadline;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public List<LocalDate> getFollowUpDates() {
		return followUpDates;
	}

	public List<String> getTranslatingUnitIds() {
		return translatingUnitIds;
	}

	public LocalDate getConsultationSentOn() {
		return consultationSentOn;
	}

	public String getStartedBy() {
		return startedBy;
	}

	public Instant getStartedAt() {
		return startedAt;
	}

	public String getEvaluation() {
		return evaluation;
	}

}
