package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dates of a running cycle's calendar that a process owner may move. Follow-up dates are not
 * among them: each half-yearly round is already waiting on its own date.
 */
public enum CalendarField {

	DRAFTING_DEADLINE("draftingDeadline", StrategyCycle::getDraftingDeadline),
	CONSULTATION_DEADLINE("consultationDeadline", StrategyCycle::getConsultationDeadline),
	FINANCE_COMMITTEE_MEETING("financeCommitteeMeeting", StrategyCycle::getFinanceCommitteeMeeting),
	COUNCIL_MEETING("councilMeeting", StrategyCycle::getCouncilMeeting),
	TRANSLATION_DEADLINE("translationDeadline", StrategyCycle::getTranslationDeadline),
	PERIOD_END("periodEnd", StrategyCycle::getPeriodEnd);

	private final String key;

	private final Function<StrategyCycle, LocalDate> reader;

	CalendarField(String key, Function<StrategyCycle, LocalDate> reader) {
		this.key = key;
		this.reader = reader;
	}

	public String key() {
		return key;
	}

	public LocalDate of(StrategyCycle cycle) {
		return reader.apply(cycle);
	}

	CycleCalendar replaceIn(CycleCalendar calendar, LocalDate date) {
		return new CycleCalendar(calendar.cycleYear(),
				this == DRAFTING_DEADLINE ? date : calendar.draftingDeadline(),
				this == CONSULTATION_DEADLINE ? date : calendar.consultationDeadline(),
				this == FINANCE_COMMITTEE_MEETING ? date : calendar.financeCommitteeMeeting(),
				this == COUNCIL_MEETING ? date : calendar.councilMeeting(),
				this == TRANSLATION_DEADLINE ? date : calendar.translationDeadline(), calendar.followUpDates(),
				this == PERIOD_END ? date : calendar.periodEnd());
	}

	public static Optional<CalendarField> byKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
	}

}
