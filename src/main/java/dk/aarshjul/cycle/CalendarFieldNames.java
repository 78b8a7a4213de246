package dk.aarshjul.cycle;

import java.util.List;

/**
 * The one home of the calendar's field names. The same names are the start form's variables,
 * the fields of the API's start request, the fields a refusal points at and, for the dates a
 * process owner may move later, {@link CalendarField}'s keys, so a name changes in one place.
 */
public final class CalendarFieldNames {

	public static final String DRAFTING_DEADLINE = "draftingDeadline";

	public static final String CONSULTATION_DEADLINE = "consultationDeadline";

	public static final String FINANCE_COMMITTEE_MEETING = "financeCommitteeMeeting";

	public static final String COUNCIL_MEETING = "councilMeeting";

	public static final String TRANSLATION_DEADLINE = "translationDeadline";

	/** The start form's follow-up dates, comma-separated in one field. */
	public static final String FOLLOW_UP_DATES = "followUpDates";

	/** The follow-up dates as the pages show and move them, one round each. */
	public static final String FIRST_FOLLOW_UP = "firstFollowUp";

	public static final String SECOND_FOLLOW_UP = "secondFollowUp";

	public static final String PERIOD_END = "periodEnd";

	/** The start variables that hold the calendar, removed once the cycle has saved it. */
	public static final List<String> START_VARIABLES = List.of(DRAFTING_DEADLINE, CONSULTATION_DEADLINE,
			FINANCE_COMMITTEE_MEETING, COUNCIL_MEETING, TRANSLATION_DEADLINE, FOLLOW_UP_DATES, PERIOD_END);

	private CalendarFieldNames() {
	}

}
