package dk.aarshjul.journal;

import dk.aarshjul.task.ProcessVariable;

/**
 * "Journalisér et dokument" (bpmn/journal-delivery.bpmn) as Java sees it: its key, the ids of its
 * flow nodes and its one variable. ModelConventionTests keeps them in step with the model.
 */
public final class JournalDeliveryProcess {

	public static final String KEY = "journalDelivery";

	/** Journalpost oprettet */
	public static final String START_EVENT_ENTRY_MADE = "startEvent_entryMade";

	/** Dan PDF/A-dokumentet */
	public static final String SERVICE_TASK_RENDER_DOCUMENT = "serviceTask_renderDocument";

	/** Aflevér til sagssystemet */
	public static final String SERVICE_TASK_DELIVER_ENTRY = "serviceTask_deliverEntry";

	/** Journaliseret */
	public static final String END_EVENT_ENTRY_DELIVERED = "endEvent_entryDelivered";

	public static final class Variables {

		/** The {@link JournalEntry}'s id. */
		public static final String JOURNAL_ENTRY_ID = "journalEntryId";

		/** {@link #JOURNAL_ENTRY_ID}, typed. */
		public static final ProcessVariable<Long> ENTRY = ProcessVariable.longValue(JOURNAL_ENTRY_ID);

		private Variables() {
		}

	}

	private JournalDeliveryProcess() {
	}

}
