package dk.aarshjul.translation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import dk.aarshjul.audit.AuditAction;
import dk.aarshjul.audit.AuditTrail;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.StrategyPlanRepository;
import dk.aarshjul.task.FormData;
import dk.aarshjul.task.InvalidTaskInputException;
import org.springframework.stereotype.Service;

/**
 * A unit's plan, the write-unit-plan task's job: for every focus area of the strategy plan an
 * action, or the reason it does not apply. Every problem is named at once, and nothing is saved or
 * audited until there are none.
 */
@Service
class UnitPlanWriting {

	static final int MAX_LENGTH = 4000;

	/** What the unit wrote: the form's rows as they came, and whether it asked for local MED. */
	record Submission(Long cycleId, Long planId, String unitId, int cycleYear, JsonNode rows,
			Boolean discussInLocalMed, String actor) {
	}

	private record Answer(FocusArea area, String action, String reason) {
	}

	private final UnitPlanRepository unitPlans;

	private final StrategyPlanRepository plans;

	private final UnitDirectory directory;

	private final FormData form;

	private final Clock clock;

	private final AuditTrail audit;

	UnitPlanWriting(UnitPlanRepository unitPlans, StrategyPlanRepository plans, UnitDirectory directory, FormData form,
			Clock clock, AuditTrail audit) {
		this.unitPlans = unitPlans;
		this.plans = plans;
		this.directory = directory;
		this.form = form;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Saves and submits the unit's plan.
	 * @return whether local MED discusses it before review: only when the unit asked and has one
	 */
	boolean submitUnitPlan(Submission submission) {
		List<FocusArea> focusAreas = plans.findById(submission.planId()).orElseThrow().getFocusAreas();
		Map<Long, JsonNode> rows = rowsByFocusArea(submission.rows());
		List<String> problems = new ArrayList<>();
		List<Answer> answers = new ArrayList<>();
		for (int i = 0; i < focusAreas.size(); i++) {
			FocusArea area = focusAreas.get(i);
			JsonNode row = rows.get(area.getId());
			if (row == null) {
				problems.add(form.message("translation.entries.mismatch"));
				break;
			}
			answer(area, i + 1, row, problems).ifPresent(answers::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidTaskInputException(problems);
		}
		UnitPlan unitPlan = unitPlans
			.findByPlanIdAndUnitIdAndCycleYear(submission.planId(), submission.unitId(), submission.cycleYear())
			.orElseThrow();
		answers.forEach(answer -> unitPlan.answer(answer.area(), answer.action(), answer.reason()));
		unitPlan.submit(submission.actor(), clock.instant());
		audit.record(submission.cycleId(), submission.actor(), AuditAction.UNIT_PLAN_SUBMITTED, submission.unitId(),
				null);
		return directory.hasLocalMed(submission.unitId()) && Boolean.TRUE.equals(submission.discussInLocalMed());
	}

	private Optional<Answer> answer(FocusArea area, int number, JsonNode row, List<String> problems) {
		boolean notApplicable = row.path(UnitPlanRows.NOT_APPLICABLE).asBoolean(false);
		String action = FormData.text(row, UnitPlanRows.ACTION);
		String reason = FormData.text(row, UnitPlanRows.REASON);
		if (notApplicable && reason.isEmpty()) {
			problems.add(form.message("translation.reason.required", number, area.getTitle()));
		}
		else if (!notApplicable && action.isEmpty()) {
			problems.add(form.message("translation.action.required", number, area.getTitle()));
		}
		else if (action.length() > MAX_LENGTH || reason.length() > MAX_LENGTH) {
			problems.add(form.message("translation.tooLong", number, area.getTitle(), MAX_LENGTH));
		}
		else {
			return Optional.of(new Answer(area, notApplicable ? null : action, notApplicable ? reason : null));
		}
		return Optional.empty();
	}

	private Map<Long, JsonNode> rowsByFocusArea(JsonNode rows) {
		Map<Long, JsonNode> byId = new HashMap<>();
		if (rows == null) {
			return byId;
		}
		if (!rows.isArray()) {
			throw new InvalidTaskInputException(form.message("form.rows.invalid"));
		}
		rows.forEach(row -> byId.put(row.path(UnitPlanRows.FOCUS_AREA_ID).asLong(), row));
		return byId;
	}

}
