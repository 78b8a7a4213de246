package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dates of a running cycle's calendar that a process owner may move, named as on the start
 * form. The follow-up dates are the first and second half-yearly round's.
 */
public enum CalendarField {

	DRAFTING_DEADLINE(CalendarFieldNames.DRAFTING_DEADLINE, StrategyCycle::getDraftingDeadline),
	CONSULTATION_DEADLINE(CalendarFieldNames.CONSULTATION_DEADLINE, StrategyCycle::getConsultationDeadline),
	FINANCE_COMMITTEE_MEETING(CalendarFieldNames.FINANCE_COMMITTEE_MEETING, StrategyCycle::getFinanceCommitteeMeeting),
	COUNCIL_MEETING(CalendarFieldNames.COUNCIL_MEETING, StrategyCycle::getCouncilMeeting),
	TRANSLATION_DEADLINE(CalendarFieldNames.TRANSLATION_DEADLINE, StrategyCycle::getTranslationDeadline),
	FIRST_FOLLOW_UP(CalendarFieldNames.FIRST_FOLLOW_UP, cycle -> followUp(cycle, 0)),
	SECOND_FOLLOW_UP(CalendarFieldNames.SECOND_FOLLOW_UP, cycle -> followUp(cycle, 1)),
	PERIOD_END(CalendarFieldNames.PERIOD_END, StrategyCycle::getPeriodEnd);

	private final String key;

	private final Function<StrategyCycle, LocalDate> reader;

	CalendarField(String key, Function<StrategyCycle, LocalDate> reader) {
		this.key = key;
		this.reader = reader;
	}

	public String key() {
		return key;
	}

	/** The date in the cycle's calendar; {@code null} for a follow-up round the cycle does not have. */
	public LocalDate of(StrategyCycle cycle) {
		return reader.apply(cycle);
	}

	/** Which follow-up round the date starts (0 for the first), or -1 for the other dates. */
	public int followUpRound() {
		return switch (this) {
			case FIRST_FOLLOW_UP -> 0;
			case SECOND_FOLLOW_UP -> 1;
			default -> -1;
		};
	}

	CalendarDates replaceIn(CalendarDates calendar, LocalDate date) {
		return new CalendarDates(calendar.cycleYear(),
				this == DRAFTING_DEADLINE ? date : calendar.draftingDeadline(),
				this == CONSULTATION_DEADLINE ? date : calendar.consultationDeadline(),
				this == FINANCE_COMMITTEE_MEETING ? date : calendar.financeCommitteeMeeting(),
				this == COUNCIL_MEETING ? date : calendar.councilMeeting(),
				this == TRANSLATION_DEADLINE ? date : calendar.translationDeadline(), followUpsWith(calendar, date),
				this == PERIOD_END ? date : calendar.periodEnd());
	}

	private List<LocalDate> followUpsWith(CalendarDates calendar, LocalDate date) {
		List<LocalDate> followUps = new ArrayList<>(calendar.followUpDates());
		if (followUpRound() >= 0) {
			followUps.set(followUpRound(), date);
		}
		return followUps;
	}

	private static LocalDate followUp(StrategyCycle cycle, int round) {
		return round < cycle.getFollowUpDates().size() ? cycle.getFollowUpDates().get(round) : null;
	}

	public static Optional<CalendarField> byKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
	}

}
