package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.deadline.DeadlineProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar a new cycle starts from. Last year's cycle of the same plan, a year on, when there
 * is one; otherwise a typical municipal year. Every date lands on a working day, the hearing
 * gets its minimum period, and the staggered deadlines show when departments, core areas and the
 * board are due.
 */
@Component
@Transactional(readOnly = true)
public class CalendarProposal {

	public record Staggered(LocalDate departments, LocalDate coreAreas, LocalDate boardReview) {
	}

	public record Proposal(CalendarDates calendar, Staggered translation, String basedOn) {
	}

	private static final MonthDay TYPICAL_DRAFTING = MonthDay.of(2, 1);

	private static final List<MonthDay> TYPICAL_FOLLOW_UPS = List.of(MonthDay.of(9, 1), MonthDay.of(12, 1));

	private final StrategyCycleRepository cycles;

	private final WorkingTime time;

	private final DeadlineProperties deadlines;

	CalendarProposal(StrategyCycleRepository cycles, WorkingTime time, DeadlineProperties deadlines) {
		this.cycles = cycles;
		this.time = time;
		this.deadlines = deadlines;
	}

	public Proposal proposeFor(String planCode, int year) {
		Optional<StrategyCycle> lastYear = planCode == null ? Optional.empty()
				: cycles.findByBusinessKey(planCode + "-" + (year - 1));
		CalendarDates calendar = lastYear.map(cycle -> aYearOn(cycle.calendar())).orElseGet(() -> typical(year));
		LocalDate translation = calendar.translationDeadline();
		Staggered staggered = new Staggered(time.plusWorkingDays(translation, -deadlines.departmentLeadWorkingDays()),
				translation, time.plusWorkingDays(translation, CycleCalendar.TRANSLATION_REVIEW_DAYS));
		return new Proposal(calendar, staggered, lastYear.map(StrategyCycle::getBusinessKey).orElse(null));
	}

	private CalendarDates typical(int year) {
		LocalDate drafting = time.deadlineDay(TYPICAL_DRAFTING.atYear(year));
		LocalDate consultation = time.deadlineDay(drafting.plusDays(deadlines.consultationMinimumDays()));
		LocalDate financeCommittee = time.deadlineDay(consultation.plusWeeks(2));
		LocalDate council = time.deadlineDay(financeCommittee.plusWeeks(1));
		LocalDate translation = time.deadlineDay(council.plusWeeks(8));
		List<LocalDate> followUps = TYPICAL_FOLLOW_UPS.stream().map(day -> time.deadlineDay(day.atYear(year))).toList();
		return new CalendarDates(year, drafting, consultation, financeCommittee, council, translation, followUps,
				LocalDate.of(year, 12, 31));
	}

	private CalendarDates aYearOn(CalendarDates last) {
		LocalDate drafting = time.deadlineDay(last.draftingDeadline().plusYears(1));
		LocalDate consultation = time.deadlineDay(last.consultationDeadline().plusYears(1));
		LocalDate minimum = drafting.plusDays(deadlines.consultationMinimumDays());
		if (consultation.isBefore(minimum)) {
			consultation = time.deadlineDay(minimum);
		}
		return new CalendarDates(last.cycleYear() + 1, drafting, consultation,
				time.deadlineDay(last.financeCommitteeMeeting().plusYears(1)),
				last.councilMeeting() == null ? null : time.deadlineDay(last.councilMeeting().plusYears(1)),
				time.deadlineDay(last.translationDeadline().plusYears(1)),
				last.followUpDates().stream().map(day -> time.deadlineDay(day.plusYears(1))).toList(),
				last.periodEnd().plusYears(1));
	}

}
