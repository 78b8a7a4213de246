package dk.aarshjul.overview;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.plan.PlanAccess;
import dk.aarshjul.plan.StrategyPlanRepository;
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

	private static final Pattern PLAN_KEY = Pattern.compile("([A-Z0-9][A-Z0-9-]*)-((?:20\\d\\d)|2100)");

	private final StrategyCycleRepository cycles;

	private final StrategyPlanRepository plans;

	private final PlanAccess access;

	VisibleCycles(CycleRecord records, PlanOverview overview, ViewerResolver viewers, MessageSource messages,
			StrategyCycleRepository cycles, StrategyPlanRepository plans, PlanAccess access) {
		this.cycles = cycles;
		this.plans = plans;
		this.access = access;
		this.records = records;
		this.overview = overview;
		this.viewers = viewers;
		this.messages = messages;
	}

	/**
	 * The page of the plan a business key names while no cycle of that key has started, if the user
	 * may read the plan: a plan has a page before its first cycle. DEMO-STRATEGI-2027 names the plan
	 * DEMO-STRATEGI of 2027, or else the newest one before it, which a cycle of 2027 would carry on
	 * (the start form's "copy last year's plan"). Empty when a cycle exists or no plan is there for them.
	 */
	Optional<String> planPageBeforeCycle(String businessKey, Authentication user) {
		Matcher key = PLAN_KEY.matcher(businessKey);
		if (!key.matches() || cycles.findByBusinessKey(businessKey).isPresent()) {
			return Optional.empty();
		}
		return plans.findFirstByCodeAndYearLessThanEqualOrderByYearDesc(key.group(1), Integer.parseInt(key.group(2)))
			.filter(plan -> access.mayRead(plan, user))
			.map(plan -> "/planer/" + plan.getId());
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
