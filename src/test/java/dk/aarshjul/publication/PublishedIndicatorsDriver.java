package dk.aarshjul.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import dk.aarshjul.calendar.WorkingTime;
import dk.aarshjul.cycle.CycleDriver;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.indicator.IndicatorValues;
import dk.aarshjul.indicator.NewValue;
import dk.aarshjul.indicator.ValueOrigin;
import dk.aarshjul.plan.IndicatorDirection;
import dk.aarshjul.plan.IndicatorReporter;
import dk.aarshjul.plan.IndicatorRepository;
import dk.aarshjul.plan.IndicatorUnit;
import dk.aarshjul.plan.PlanDocument;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import dk.aarshjul.plan.PlanDocument.GoalDocument;
import dk.aarshjul.plan.PlanDocument.IndicatorDocument;
import dk.aarshjul.plan.PlanKind;
import dk.aarshjul.plan.PlanTransfer;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Plans of their own whose goal carries the indicator "Sygefravær" (at most 5 %, 10 % tolerance), for
 * the public pages and the overview's "Mål ude af kurs".
 * The goal also has {@link #MARKUP_INDICATOR}, without values.
 * <ul>
 * <li>{@link #KEY}, published: the municipality's 5,83 % (red) measured 31.03 and the unit's 5,37 %
 * (yellow) in the round of 30.06, which Økonomiudvalget noted; then the municipality's 5,12 % measured
 * 15.06 but recorded after the noting, and the unit's 4,91 % (green) in the round of 31.12, reviewed
 * and not noted. Noted and public: 5,83 and 5,37; never: 5,12 and 4,91.</li>
 * <li>{@link #ON_TRACK_KEY}, approved and never published: the unit's 4,5 % (green) in the noted round
 * of 30.06, and 5,3 % (yellow) in the round of 31.12, still in progress.</li>
 * </ul>
 */
@Component
public class PublishedIndicatorsDriver {

	public static final int YEAR = 2086;

	public static final String CODE = "INDIKATOR-OFFENTLIG";

	public static final String KEY = CODE + "-" + YEAR;

	public static final String ON_TRACK_CODE = "INDIKATOR-KURS";

	public static final String ON_TRACK_KEY = ON_TRACK_CODE + "-" + (YEAR + 1);

	public static final String UNIT = "oekonomi";

	public static final String UNIT_NAME = "Stab for Økonomi og Analyse";

	public static final String INDICATOR = "Sygefravær";

	/** A second indicator, reported centrally and without values, whose name must be shown as text. */
	public static final String MARKUP_INDICATOR = "Borgernes \"tilfredshed\" <i>målt</i> & 'vurderet' <script>alert(1)</script>";

	private final CycleDriver cycle;

	private final StrategyCycleRepository cycles;

	private final PlanTransfer transfer;

	private final IndicatorRepository indicators;

	private final IndicatorValues values;

	private final Publishing publishing;

	PublishedIndicatorsDriver(CycleDriver cycle, StrategyCycleRepository cycles, PlanTransfer transfer,
			IndicatorRepository indicators, IndicatorValues values, Publishing publishing) {
		this.cycle = cycle;
		this.cycles = cycles;
		this.transfer = transfer;
		this.indicators = indicators;
		this.values = values;
		this.publishing = publishing;
	}

	/** Makes both plans once per application context; later calls find them there. */
	public synchronized void ensure() {
		if (cycles.findByBusinessKey(KEY).isPresent()) {
			return;
		}
		try {
			published();
			onTrackAndUnpublished();
		}
		finally {
			cycle.resetClock();
		}
	}

	private void published() {
		Long planId = transfer.importDocument(plan(CODE, YEAR)).getId();
		throughTranslation(CODE, KEY, YEAR);
		Long indicatorId = indicators.findByPlan(planId).get(0).getId();

		at(LocalDate.of(YEAR, 4, 1));
		values.record(planId, List.of(municipality(indicatorId, LocalDate.of(YEAR, 3, 31), "5.83")), ValueOrigin.CSV,
				"olivia");

		cycle.startFollowUpRound(KEY, LocalDate.of(YEAR, 6, 30));
		report(KEY, "5,37");
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY, Map.of("boardStatusComment", "Gult."));
		cycle.complete("svend", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, KEY, Map.of("statusNoted", true));

		at(LocalDate.of(YEAR, 7, 15));
		values.record(planId, List.of(municipality(indicatorId, LocalDate.of(YEAR, 6, 15), "5.12")), ValueOrigin.CSV,
				"olivia");

		cycle.startFollowUpRound(KEY, LocalDate.of(YEAR, 12, 31));
		report(KEY, "4,91");
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, KEY,
				Map.of("boardStatusComment", "Grønt, men ikke noteret."));
		publishing.publish(KEY, "olivia");
	}

	private void onTrackAndUnpublished() {
		int year = YEAR + 1;
		transfer.importDocument(plan(ON_TRACK_CODE, year));
		throughTranslation(ON_TRACK_CODE, ON_TRACK_KEY, year);
		cycle.startFollowUpRound(ON_TRACK_KEY, LocalDate.of(year, 6, 30));
		report(ON_TRACK_KEY, "4,5");
		cycle.complete("karen", FollowUpRoundProcess.USER_TASK_REVIEW_STATUS, ON_TRACK_KEY,
				Map.of("boardStatusComment", "Grønt."));
		cycle.complete("svend", FollowUpRoundProcess.USER_TASK_NOTE_STATUS, ON_TRACK_KEY, Map.of("statusNoted", true));
		cycle.startFollowUpRound(ON_TRACK_KEY, LocalDate.of(year, 12, 31));
		report(ON_TRACK_KEY, "5,3");
	}

	private void throughTranslation(String code, String key, int year) {
		String chief = cycle.chiefOf(UNIT);
		cycle.untilTranslation(code, key, year, List.of(UNIT));
		Task write = cycle.taskFor(chief, UnitTranslationProcess.USER_TASK_WRITE_UNIT_PLAN, key + "-" + UNIT);
		cycle.complete(chief, write, cycle.unitPlanOf(write, "Trivselssamtaler med alle."));
		cycle.complete(CycleDriver.reviewerOf(UNIT), UnitTranslationProcess.USER_TASK_REVIEW_UNIT_PLAN, key + "-" + UNIT,
				UnitTranslationProcess.Variables.APPROVED.with(true));
	}

	/** The unit's status report: every goal green (so the plan's own status stays green), the indicator's value as typed. */
	@SuppressWarnings("unchecked")
	private void report(String key, String value) {
		Task report = cycle.statusReportOf(key, UNIT);
		List<Map<String, Object>> rows = cycle.rowsOf(report, "goal");
		rows.forEach(row -> {
			row.put("light", "GREEN");
			row.put("comment", "");
		});
		((List<Map<String, Object>>) rows.get(0).get("indicators")).get(0).put("value", value);
		cycle.complete(cycle.chiefOf(UNIT), report, cycle.submitted("goal", rows));
	}

	private static NewValue municipality(Long indicatorId, LocalDate measuredOn, String value) {
		return new NewValue(indicatorId, null, measuredOn, null, new BigDecimal(value), "Lønsystemet", null, null, null);
	}

	/** The engine's clock (which the application's follows) at noon that day, without running anyone's due jobs. */
	private static void at(LocalDate day) {
		ClockUtil.setCurrentTime(Date.from(day.atTime(12, 0).atZone(WorkingTime.ZONE).toInstant()));
	}

	private static PlanDocument plan(String code, int year) {
		IndicatorDocument absence = new IndicatorDocument(INDICATOR, IndicatorUnit.PERCENT,
				IndicatorDirection.LOWER_IS_BETTER, new BigDecimal("6.2"), LocalDate.of(year - 1, 12, 31),
				new BigDecimal("5"), LocalDate.of(year, 12, 31), null, IndicatorReporter.BOTH, null, null, List.of());
		IndicatorDocument markup = new IndicatorDocument(MARKUP_INDICATOR, IndicatorUnit.OTHER,
				IndicatorDirection.HIGHER_IS_BETTER, null, null, new BigDecimal("4"), null, null, IndicatorReporter.CENTRAL,
				null, null, List.of());
		return new PlanDocument(code, "Demo Kommune", "Målt over tid, offentligt", null, year,
				PlanKind.ADMINISTRATIVE_STRATEGY, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
				List.of(new FocusAreaDocument("En stærk medspiller", "Vi måler det, vi vil forbedre.", null, "karen",
						List.of(new GoalDocument("Sygefravær på højst fem procent", "Sygefravær i procent", "Højst 5 %",
								LocalDate.of(year, 12, 31), List.of(absence, markup))))));
	}

}
