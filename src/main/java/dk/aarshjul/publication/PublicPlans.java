package dk.aarshjul.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.organisation.MunicipalityName;
import dk.aarshjul.indicator.IndicatorValue;
import dk.aarshjul.indicator.IndicatorValueRepository;
import dk.aarshjul.indicator.PlanIndicators;
import dk.aarshjul.indicator.TrendChart;
import dk.aarshjul.publication.PlanSnapshot.FocusAreaSnapshot;
import dk.aarshjul.publication.PlanSnapshot.GoalSnapshot;
import dk.aarshjul.publication.PlanSnapshot.IndicatorSnapshot;
import dk.aarshjul.publication.PublicPlan.PublicFocusArea;
import dk.aarshjul.publication.PublicPlan.PublicGoal;
import dk.aarshjul.publication.PublicPlan.PublicIndicator;
import dk.aarshjul.publication.PublicPlan.PublicMilestone;
import dk.aarshjul.publication.PublicPlan.PublicValue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published plans for the public pages and their JSON: each plan's snapshot as published,
 * with the latest noted status per goal, rolled up per focus area and for the plan.
 * The roll-up is the worst light, not the majority: one red goal makes its focus area red, so a
 * goal in trouble is never hidden behind several green ones.
 */
@Service
@Transactional(readOnly = true)
public class PublicPlans {

	private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

	private final PlanPublicationRepository publications;

	private final NotedStatus notedStatus;

	private final MunicipalityName municipality;

	private final ObjectMapper json;

	private final StrategyCycleRepository cycles;

	private final IndicatorValueRepository indicatorValues;

	private final PlanIndicators planIndicators;

	private final MessageSource messages;

	PublicPlans(PlanPublicationRepository publications, NotedStatus notedStatus, MunicipalityName municipality,
			ObjectMapper json, StrategyCycleRepository cycles, IndicatorValueRepository indicatorValues,
			PlanIndicators planIndicators, MessageSource messages) {
		this.cycles = cycles;
		this.indicatorValues = indicatorValues;
		this.planIndicators = planIndicators;
		this.messages = messages;
		this.publications = publications;
		this.notedStatus = notedStatus;
		this.municipality = municipality;
		this.json = json;
	}

	/** Newest year first; without the indicators, which only a plan's own page and JSON show. */
	public List<PublicPlan> published() {
		return publications.findByPublishedAtIsNotNullAndWithdrawnAtIsNullOrderByBusinessKeyAsc().stream()
			.map(publication -> view(publication, false))
			.sorted(Comparator.comparingInt(PublicPlan::year).reversed().thenComparing(PublicPlan::title))
			.toList();
	}

	public Optional<PublicPlan> of(String code) {
		return publications.findByBusinessKey(code).filter(PlanPublication::isPublished)
			.map(publication -> view(publication, true));
	}

	public String municipalityName() {
		return municipality.orElse("");
	}

	private PublicPlan view(PlanPublication publication, boolean withIndicators) {
		PlanSnapshot plan = read(publication.getSnapshot());
		List<LocalDate> followUpDates = cycles.findById(publication.getCycleId())
			.map(StrategyCycle::getFollowUpDates)
			.map(List::copyOf)
			.orElse(List.of());
		Optional<NotedStatus.Noted> noted = notedStatus.latest(publication.getPlanId(), followUpDates);
		Map<Long, TrafficLight> lights = noted.map(NotedStatus.Noted::byGoal).orElse(Map.of());
		Map<Long, List<IndicatorValue>> values = withIndicators ? notedValues(plan, noted) : Map.of();
		List<PublicFocusArea> areas = plan.focusAreas().stream()
			.map(area -> focusArea(area, lights, withIndicators, values))
			.toList();
		return new PublicPlan(plan.businessKey(), plan.title(), plan.year(), municipalityName(), plan.introduction(),
				plan.periodFrom(), plan.periodTo(), LocalDate.ofInstant(publication.getPublishedAt(), DANISH_TIME),
				noted.map(NotedStatus.Noted::periodEnd).orElse(null),
				noted.map(status -> LocalDate.ofInstant(status.notedAt(), DANISH_TIME)).orElse(null),
				NotedStatus.worst(areas.stream().map(PublicFocusArea::status).filter(Objects::nonNull).toList())
					.orElse(null),
				areas);
	}

	private PublicFocusArea focusArea(FocusAreaSnapshot area, Map<Long, TrafficLight> lights, boolean withIndicators,
			Map<Long, List<IndicatorValue>> values) {
		List<PublicGoal> goals = area.goals().stream()
			.map(goal -> new PublicGoal(goal.description(), goal.measure(), goal.target(), goal.dueDate(),
					lights.get(goal.goalId()), withIndicators ? indicators(goal, values) : List.of()))
			.toList();
		return new PublicFocusArea(area.priority(), area.title(), area.strategy(), area.specialForYear(),
				NotedStatus.worst(goals.stream().map(PublicGoal::status).filter(Objects::nonNull).toList()).orElse(null),
				goals);
	}

	/**
	 * The values of the published indicators that Økonomiudvalget has noted, by indicator: one
	 * statement for the whole plan, none when nothing is noted or the plan has no indicators.
	 */
	private Map<Long, List<IndicatorValue>> notedValues(PlanSnapshot plan, Optional<NotedStatus.Noted> noted) {
		List<Long> ids = plan.focusAreas().stream()
			.flatMap(area -> area.goals().stream())
			.flatMap(goal -> indicatorsOf(goal).stream())
			.map(IndicatorSnapshot::indicatorId)
			.toList();
		if (noted.isEmpty() || ids.isEmpty()) {
			return Map.of();
		}
		return indicatorValues.findByIndicatorIds(ids).stream()
			.filter(value -> noted.get().covers(value.getPeriodEnd(), value.getMeasuredOn(), value.getRecordedAt()))
			.collect(Collectors.groupingBy(value -> value.getIndicator().getId()));
	}

	private List<PublicIndicator> indicators(GoalSnapshot goal, Map<Long, List<IndicatorValue>> values) {
		return indicatorsOf(goal).stream().map(indicator -> indicator(indicator,
				values.getOrDefault(indicator.indicatorId(), List.of()))).toList();
	}

	private PublicIndicator indicator(IndicatorSnapshot indicator, List<IndicatorValue> noted) {
		List<PublicValue> shown = noted.stream()
			.map(value -> new PublicValue(value.getMeasuredOn(), PlanSnapshot.plain(value.getValue()), value.getLight(),
					planIndicators.unitName(value.getUnitId())))
			.toList();
		// values come oldest first: the last of each series is its newest
		Map<String, PublicValue> newest = new LinkedHashMap<>();
		shown.forEach(value -> newest.put(value.unitName(), value));
		List<TrendChart.Milestone> milestones = indicator.milestones() == null ? List.of()
				: indicator.milestones().stream()
					.map(milestone -> new TrendChart.Milestone(milestone.dueDate(), milestone.targetValue()))
					.toList();
		TrendChart.Trend trend = TrendChart.of(new TrendChart.Goalposts(indicator.baselineValue(), indicator.baselineDate(),
				indicator.targetValue(), indicator.targetDate(), milestones), noted, planIndicators::unitName,
				// the name is not a MessageFormat argument: an apostrophe in it would be eaten
				indicator.name() + ": " + messages.getMessage("public.indicator.chartTitle", null, LocaleContextHolder.getLocale()));
		return new PublicIndicator(indicator.name(), indicator.unit(), indicator.direction(), indicator.baselineValue(),
				indicator.baselineDate(), indicator.targetValue(), indicator.targetDate(),
				milestones.stream().map(milestone -> new PublicMilestone(milestone.dueDate(), milestone.targetValue())).toList(),
				shown, List.copyOf(newest.values()), trend);
	}

	private static List<IndicatorSnapshot> indicatorsOf(GoalSnapshot goal) {
		return goal.indicators() == null ? List.of() : goal.indicators();
	}

	private PlanSnapshot read(String snapshot) {
		try {
			return json.readValue(snapshot, PlanSnapshot.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
