package dk.aarshjul.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.plan.FocusArea;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published plan for the tests of the public pages: DEMO-STRATEGI-2028, approved and translated
 * by one unit, with two follow-up rounds — the first noted by Økonomiudvalget (the first goal red,
 * every other green), the second reviewed but not noted (all yellow) — published by a process owner.
 */
@Component
public class PublishedPlanDriver {

	public static final String KEY = "DEMO-STRATEGI-2028";

	static final String UNIT = "sundhed";

	static final String NOTED_COMMENT = "Enhedens kommentar til den noterede status";

	static final String UNNOTED_COMMENT = "Enhedens kommentar som ingen har noteret";

	static final String BOARD_COMMENT = "Direktionens bemærkning til Økonomiudvalget";

	private final CycleDriver cycle;

	private final StrategyCycleRepository cycles;

	private final Publishing publishing;

	private final TransactionTemplate transactions;

	/** The focus areas' headings and the first one's goals as the plan stood when it was approved. */
	private List<String> approvedHeadings;

	private List<String> approvedFirstGoals;

	PublishedPlanDriver(CycleDriver cycle, StrategyCycleRepository cycles, Publishing publishing,
			TransactionTemplate transactions) {
		this.cycle = cycle;
		this.cycles = cycles;
		this.publishing = publishing;
		this.transactions = transactions;
	}

	/** Makes the plan once per application context; later calls find it there. */
	public synchronized void ensurePublished() {
		if (cycles.findByBusinessKey(KEY).isPresent()) {
			return;
		}
		cycle.untilTranslation("DEMO-STRATEGI", KEY, 2028, List.of(UNIT));
		List<FocusArea> approved = focusAreas();
		approvedHeadings = approved.stream().map(area -> area.getPriority() + ". " + area.getTitle()).toList();
		approvedFirstGoals = approved.get(0).getGoals().stream().map(goal -> goal.getDescription()).toList();
		String chief = cycle.chiefOf(UNIT);
		Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, KEY + "-" + UNIT);
		cycle.complete(chief, write, cycle.unitPlanOf(write, "Sundhed og Omsorg gør planen konkret."));
		cycle.complete(CycleDriver.reviewerOf(UNIT), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN,
				KEY + "-" + UNIT, UnitTranslationProcess.Variables.APPROVED.with(true));
		try {
			cycle.startFollowUpRound(KEY, LocalDate.of(2028, 6, 30));
			Task first = cycle.statusReportOf(KEY, UNIT);
			Map<String, Object> lights = cycle.answerRows(first, "goal",
					goal -> Map.of("light", goal == 1 ? "RED" : "GREEN", "comment", NOTED_COMMENT));
			cycle.complete(chief, first, lights);
			cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY,
					Map.of("boardStatusComment", BOARD_COMMENT));
			cycle.complete("svend", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY, Map.of("statusNoted", true));

			cycle.startFollowUpRound(KEY, LocalDate.of(2028, 12, 31));
			Task second = cycle.statusReportOf(KEY, UNIT);
			cycle.complete(chief, second,
					cycle.everyRow(second, "goal", Map.of("light", "YELLOW", "comment", UNNOTED_COMMENT)));
			cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY,
					Map.of("boardStatusComment", BOARD_COMMENT + " (ikke noteret)"));
		}
		finally {
			cycle.resetClock();
		}
		publishing.publish(KEY, "olivia");
	}

	List<String> approvedHeadings() {
		return approvedHeadings;
	}

	List<String> approvedFirstGoals() {
		return approvedFirstGoals;
	}

	private List<FocusArea> focusAreas() {
		return transactions.execute(status -> {
			StrategyPlan plan = cycles.findByBusinessKey(KEY).orElseThrow().getPlan();
			plan.getFocusAreas().forEach(area -> area.getGoals().size());
			return plan.getFocusAreas().stream().sorted((a, b) -> Integer.compare(a.getPriority(), b.getPriority())).toList();
		});
	}

}
