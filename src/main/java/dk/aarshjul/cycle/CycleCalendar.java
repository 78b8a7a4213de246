package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.deadline.DeadlineProperties;
import dk.aarshjul.organisation.BodyKind;
import dk.aarshjul.organisation.OrganisationDirectory;
import dk.aarshjul.organisation.UnitKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle calendar as the BPMN models read it: strategy-cycle.bpmn by name
 * ({@code ${cycleCalendar.periodEnd(cycleId)}}), the phases' models through a bean of their own
 * package ({@code ${consultationDeadlines.statementDue(cycleId)}}), and models of kept releases by name
 * (so the methods stay). Task due dates and timer dates come from the cycle's saved calendar, not
 * from copies in process variables, so moving a date of a running cycle moves them too. A deadline is due at
 * the end of its working day; offsets count Danish working days; a department is due before
 * its core area, so that the core area can consolidate.
 */
@Component
@Transactional(readOnly = true)
public class CycleCalendar {

	/** Working days after a follow-up date by which units report, the board reviews and the committee notes. */
	static final int STATUS_REPORT_DAYS = 10;

	static final int STATUS_REVIEW_DAYS = 15;

	static final int STATUS_NOTING_DAYS = 25;

	static final int CONSULTATION_ANSWER_DAYS = 5;

	static final int TRANSLATION_REVIEW_DAYS = 10;

	static final int CHOOSE_UNITS_DAYS = 5;

	private static final LocalTime FOLLOW_UP_START = LocalTime.of(8, 0);

	private final StrategyCycleRepository cycles;

	private final OrganisationDirectory organisation;

	private final WorkingTime time;

	private final DeadlineProperties deadlines;

	CycleCalendar(StrategyCycleRepository cycles, OrganisationDirectory organisation, WorkingTime time,
			DeadlineProperties deadlines) {
		this.cycles = cycles;
		this.organisation = organisation;
		this.time = time;
		this.deadlines = deadlines;
	}

	public Date draftingDeadline(Long cycleId) {
		return time.deadline(cycle(cycleId).getDraftingDeadline());
	}

	public Date consultationDeadline(Long cycleId) {
		return time.deadline(consultationDay(cycle(cycleId)));
	}

	/** The hearing closes when the day after its deadline begins. */
	public Date consultationDeadlineTimer(Long cycleId) {
		return time.startOf(consultationDay(cycle(cycleId)).plusDays(1));
	}

	public Date consultationAnswerDeadline(Long cycleId) {
		return time.deadline(time.plusWorkingDays(consultationDay(cycle(cycleId)), CONSULTATION_ANSWER_DAYS));
	}

	public Date meetingDate(Long cycleId, String bodyId) {
		StrategyCycle cycle = cycle(cycleId);
		boolean council = organisation.body(bodyId).map(body -> body.getKind() == BodyKind.COUNCIL).orElse(false);
		LocalDate meeting = council && cycle.getCouncilMeeting() != null ? cycle.getCouncilMeeting()
				: cycle.getFinanceCommitteeMeeting();
		return time.deadline(meeting);
	}

	public Date translationStart(Long cycleId) {
		return time.deadline(time.plusWorkingDays(lastDecision(cycle(cycleId)), CHOOSE_UNITS_DAYS));
	}

	public Date translationDeadline(Long cycleId, String unitId) {
		return time.deadline(staggered(cycle(cycleId).getTranslationDeadline(), unitId));
	}

	public Date translationReviewDeadline(Long cycleId, String unitId) {
		return time.deadline(time.plusWorkingDays(cycle(cycleId).getTranslationDeadline(), TRANSLATION_REVIEW_DAYS));
	}

	public List<String> followUpDates(Long cycleId) {
		return cycle(cycleId).getFollowUpDates().stream().map(LocalDate::toString).toList();
	}

	public Date followUpTimer(String followUpDate) {
		return time.at(LocalDate.parse(followUpDate), FOLLOW_UP_START);
	}

	public Date statusDeadline(Long cycleId, String followUpDate, String unitId) {
		return time.deadline(staggered(time.plusWorkingDays(LocalDate.parse(followUpDate), STATUS_REPORT_DAYS), unitId));
	}

	public Date statusReviewDeadline(Long cycleId, String followUpDate) {
		return time.deadline(time.plusWorkingDays(LocalDate.parse(followUpDate), STATUS_REVIEW_DAYS));
	}

	public Date statusNotingDeadline(Long cycleId, String followUpDate) {
		return time.deadline(time.plusWorkingDays(LocalDate.parse(followUpDate), STATUS_NOTING_DAYS));
	}

	public Date periodEnd(Long cycleId) {
		return time.deadline(cycle(cycleId).getPeriodEnd());
	}

	/**
	 * The calendar's consultation deadline, but never less than the minimum hearing period after
	 * the draft actually went to Hovedudvalget (a late draft must not shorten the hearing).
	 */
	LocalDate consultationDay(StrategyCycle cycle) {
		LocalDate planned = cycle.getConsultationDeadline();
		if (cycle.getConsultationSentOn() == null) {
			return time.deadlineDay(planned);
		}
		LocalDate earliest = cycle.getConsultationSentOn().plusDays(deadlines.consultationMinimumDays());
		return time.deadlineDay(planned.isBefore(earliest) ? earliest : planned);
	}

	/** A department reports before its core area, which consolidates its departments' answers. */
	LocalDate staggered(LocalDate day, String unitId) {
		boolean department = organisation.unit(unitId).map(unit -> unit.getKind() == UnitKind.DEPARTMENT).orElse(false);
		return department ? time.plusWorkingDays(day, -deadlines.departmentLeadWorkingDays()) : time.deadlineDay(day);
	}

	private static LocalDate lastDecision(StrategyCycle cycle) {
		return cycle.getCouncilMeeting() != null ? cycle.getCouncilMeeting() : cycle.getFinanceCommitteeMeeting();
	}

	private StrategyCycle cycle(Long cycleId) {
		return cycles.findById(cycleId).orElseThrow(() -> new IllegalStateException("No cycle " + cycleId));
	}

}
