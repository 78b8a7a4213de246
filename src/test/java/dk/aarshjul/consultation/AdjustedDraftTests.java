package dk.aarshjul.consultation;

import dk.aarshjul.drafting.PrepareDraftForm;
import dk.aarshjul.drafting.SaveDraft;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

/** The board adjusts the draft after the hearing as drafting prepares and saves it (issue #31). */
class AdjustedDraftTests {

	private final DelegateTask task = mock(DelegateTask.class);

	@Test
	void theAdjustingTaskGetsTheDraftingForm() {
		PrepareDraftForm draftForm = mock(PrepareDraftForm.class);

		new PrepareAdjustedDraftForm(draftForm).notify(task);

		verify(draftForm).notify(task);
		verifyNoMoreInteractions(draftForm);
	}

	@Test
	void theAdjustedDraftIsSavedAsADraft() {
		SaveDraft saveDraft = mock(SaveDraft.class);

		new SaveAdjustedDraft(saveDraft).notify(task);

		verify(saveDraft).notify(task);
		verifyNoMoreInteractions(saveDraft);
	}

}
