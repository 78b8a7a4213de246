package dk.aarshjul.overview;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** A cycle's record for the one asking, if the plan is one they may see (the overview's rule). */
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
		CycleRecord.View view = records.of(businessKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, messages
				.getMessage("calendar.cycle.unknown", new Object[] { businessKey }, LocaleContextHolder.getLocale())));
		if (!overview.visibleTo(viewers.of(user), businessKey)) {
			throw new AccessDeniedException("Not one of the viewer's plans");
		}
		return view;
	}

}
