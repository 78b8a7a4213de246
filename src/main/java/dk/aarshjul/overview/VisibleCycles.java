package dk.aarshjul.overview;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A cycle's record for the one asking, if the plan is one they may see (the overview's rule). A
 * cycle they may not see is answered exactly as one that does not exist (404, the same Danish
 * words), so nobody learns which plans and years exist by asking for them.
 */
@Component
class VisibleCycles {

	private final CycleRecord records;

	private final PlanOverview overview;

	private final ViewerResolver viewers;

	private final MessageSource messages;

	VisibleCycles(CycleRecord records, PlanOverview overview, ViewerResolver viewers, MessageSource messages) {
		this.records = records;
		this.overview = overview;
		this.viewers = viewers;
		this.messages = messages;
	}

	CycleRecord.View of(String businessKey, Authentication user) {
		requireVisible(businessKey, user);
		return records.of(businessKey).orElseThrow(() -> unknown(businessKey));
	}

	/** Refuses, as unknown, a cycle that does not exist or that the user may not see. */
	void requireVisible(String businessKey, Authentication user) {
		if (!overview.visibleTo(viewers.of(user), businessKey)) {
			throw unknown(businessKey);
		}
	}

	private ResponseStatusException unknown(String businessKey) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, messages.getMessage("calendar.cycle.unknown",
				new Object[] { businessKey }, LocaleContextHolder.getLocale()));
	}

}
