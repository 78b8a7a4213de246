package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import dk.aarshjul.organisation.BodyKind;
import dk.aarshjul.organisation.BodyRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle calendar as the BPMN models read it ({@code ${cycleCalendar.consultationDeadline(cycleId)}}):
 * task due dates and timer dates come from the cycle's saved calendar, not from copies in
 * process variables. A deadline is due at the end of its day; a timer fires when the day after
 * begins; a follow-up round starts on the morning of its date.
 */
@Component("cycleCalendar")
@Transactional(readOnly = true)
public class CycleDates {

	static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	/** Days after a follow-up date by which units report, the board reviews and the committee notes. */
	static final int STATUS_REPORT_DAYS = 14;

	static final int STATUS_REVIEW_DAYS = 21;

	static final int STATUS_NOTING_DAYS = 35;

	static final int CONSULTATION_ANSWER_DAYS = 7;

	static final int TRANSLATION_REVIEW_DAYS = 14;

	static final int CHOOSE_UNITS_DAYS = 7;

	private final StrategyCycleRepository cycles;

	private final BodyRepository bodies;

	CycleDates(StrategyCycleRepository cycles, BodyRepository bodies) {
		this.cycles = cycles;
		this.bodies = bodies;
	}

	public Date draftingDeadline(Long cycleId) {
		return endOf(cycle(cycleId).getDraftingDeadline());
	}

	public Date consultationDeadline(Long cycleId) {
		return endOf(cycle(cycleId).getConsultationDeadline());
	}

	public Date consultationDeadlineTimer(Long cycleId) {
		return startOf(cycle(cycleId).getConsultationDeadline().plusDays(1));
	}

	public Date consultationAnswerDeadline(Long cycleId) {
		return endOf(cycle(cycleId).getConsultationDeadline().plusDays(CONSULTATION_ANSWER_DAYS));
	}

	public Date meetingDate(Long cycleId, String bodyId) {
		StrategyCycle cycle = cycle(cycleId);
		boolean council = bodies.findById(bodyId).map(body -> body.getKind() == BodyKind.COUNCIL).orElse(false);
		LocalDate meeting = council && cycle.getCouncilMeeting() != null ? cycle.getCouncilMeeting()
				: cycle.getFinanceCommitteeMeeting();
		return endOf(meeting);
	}

	public Date translationStart(Long cycleId) {
		StrategyCycle cycle = cycle(cycleId);
		LocalDate decided = cycle.getCouncilMeeting() != null ? cycle.getCouncilMeeting()
				: cycle.getFinanceCommitteeMeeting();
		return endOf(decided.plusDays(CHOOSE_UNITS_DAYS));
	}

	public Date translationDeadline(Long cycleId, String unitId) {
		return endOf(cycle(cycleId).getTranslationDeadline());
	}

	public Date translationReviewDeadline(Long cycleId, String unitId) {
		return endOf(cycle(cycleId).getTranslationDeadline().plusDays(TRANSLATION_REVIEW_DAYS));
	}

	public List<String> followUpDates(Long cycleId) {
		return cycle(cycleId).getFollowUpDates().stream().map(LocalDate::toString).toList();
	}

	public Date followUpTimer(String followUpDate) {
		return Date.from(LocalDate.parse(followUpDate).atTime(LocalTime.of(8, 0)).atZone(COPENHAGEN).toInstant());
	}

	public Date statusDeadline(Long cycleId, String followUpDate, String unitId) {
		return endOf(LocalDate.parse(followUpDate).plusDays(STATUS_REPORT_DAYS));
	}

	public Date statusReviewDeadline(Long cycleId, String followUpDate) {
		return endOf(LocalDate.parse(followUpDate).plusDays(STATUS_REVIEW_DAYS));
	}

	public Date statusNotingDeadline(Long cycleId, String followUpDate) {
		return endOf(LocalDate.parse(followUpDate).plusDays(STATUS_NOTING_DAYS));
	}

	public Date periodEnd(Long cycleId) {
		return endOf(cycle(cycleId).getPeriodEnd());
	}

	private StrategyCycle cycle(Long cycleId) {
		return cycles.findById(cycleId).orElseThrow(() -> new IllegalStateException("No cycle " + cycleId));
	}

	static Date endOf(LocalDate date) {
		return Date.from(date.atTime(LocalTime.of(23, 59)).atZone(COPENHAGEN).toInstant());
	}

	static Date startOf(LocalDate date) {
		return Date.from(date.atStartOfDay(COPENHAGEN).toInstant());
	}

}
