package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import dk.aarshjul.cycle.CalendarProposal;
import dk.aarshjul.cycle.CalendarDates;
import dk.aarshjul.cycle.CalendarFieldNames;
import dk.aarshjul.task.CycleVariables;
import org.springframework.format.annotation.DateTimeFormat;

/** The start page's form: which plan, whether to copy last year's, and the calendar. */
public class CycleStartForm {

	private String planCode;

	private Integer cycleYear;

	private boolean copyLastYear;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate draftingDeadline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate consultationDeadline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate financeCommitteeMeeting;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate councilMeeting;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate translationDeadline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstFollowUp;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate secondFollowUp;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	static CycleStartForm proposed(String planCode, int year, CalendarProposal.Proposal proposal) {
		CycleStartForm form = new CycleStartForm();
		CalendarDates calendar = proposal.calendar();
		form.planCode = planCode;
		form.cycleYear = year;
		form.draftingDeadline = calendar.draftingDeadline();
		form.consultationDeadline = calendar.consultationDeadline();
		form.financeCommitteeMeeting = calendar.financeCommitteeMeeting();
		form.councilMeeting = calendar.councilMeeting();
		form.translationDeadline = calendar.translationDeadline();
		form.firstFollowUp = calendar.followUpDates().isEmpty() ? null : calendar.followUpDates().get(0);
		form.secondFollowUp = calendar.followUpDates().size() < 2 ? null : calendar.followUpDates().get(1);
		form.periodEnd = calendar.periodEnd();
		return form;
	}

	/** The start variables, as Tasklist's start form would send them. */
	Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CycleVariables.START_PLAN_CODE, planCode);
		variables.put(CycleVariables.CYCLE_YEAR, cycleYear);
		variables.put(CalendarFieldNames.DRAFTING_DEADLINE, text(draftingDeadline));
		variables.put(CalendarFieldNames.CONSULTATION_DEADLINE, text(consultationDeadline));
		variables.put(CalendarFieldNames.FINANCE_COMMITTEE_MEETING, text(financeCommitteeMeeting));
		variables.put(CalendarFieldNames.COUNCIL_MEETING, text(councilMeeting));
		variables.put(CalendarFieldNames.TRANSLATION_DEADLINE, text(translationDeadline));
		String followUps = String.join(",", Stream.of(firstFollowUp, secondFollowUp)
			.filter(date -> date != null)
			.map(LocalDate::toString)
			.toList());
		variables.put(CalendarFieldNames.FOLLOW_UP_DATES, followUps.isEmpty() ? null : followUps);
		variables.put(CalendarFieldNames.PERIOD_END, text(periodEnd));
		return variables;
	}

	private static String text(LocalDate date) {
		return date == null ? null : date.toString();
	}

	public String getPlanCode() {
		return planCode;
	}

	public void setPlanCode(String planCode) {
		this.planCode = planCode;
	}

	public Integer getCycleYear() {
		return cycleYear;
	}

	public void setCycleYear(Integer cycleYear) {
		this.cycleYear = cycleYear;
	}

	public boolean isCopyLastYear() {
		return copyLastYear;
	}

	public void setCopyLastYear(boolean copyLastYear) {
		this.copyLastYear = copyLastYear;
	}

	public LocalDate getDraftingDeadline() {
		return draftingDeadline;
	}

	public void setDraftingDeadline(LocalDate draftingDeadline) {
		this.draftingDeadline = draftingDeadline;
	}

	public LocalDate getConsultationDeadline() {
		return consultationDeadline;
	}

	public void setConsultationDeadline(LocalDate consultationDeadline) {
		this.consultationDeadline = consultationDeadline;
	}

	public LocalDate getFinanceCommitteeMeeting() {
		return financeCommitteeMeeting;
	}

	public void setFinanceCommitteeMeeting(LocalDate financeCommitteeMeeting) {
		this.financeCommitteeMeeting = financeCommitteeMeeting;
	}

	public LocalDate getCouncilMeeting() {
		return councilMeeting;
	}

	public void setCouncilMeeting(LocalDate councilMeeting) {
		this.councilMeeting = councilMeeting;
	}

	public LocalDate getTranslationDeadline() {
		return translationDeadline;
	}

	public void setTranslationDeadline(LocalDate translationDeadline) {
		this.translationDeadline = translationDeadline;
	}

	public LocalDate getFirstFollowUp() {
		return firstFollowUp;
	}

	public void setFirstFollowUp(LocalDate firstFollowUp) {
		this.firstFollowUp = firstFollowUp;
	}

	public LocalDate getSecondFollowUp() {
		return secondFollowUp;
	}

	public void setSecondFollowUp(LocalDate secondFollowUp) {
		this.secondFollowUp = secondFollowUp;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

}
