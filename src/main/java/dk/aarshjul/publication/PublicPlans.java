package dk.aarshjul.publication;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.cycle.StrategyCycle;
import dk.aarshjul.cycle.StrategyCycleRepository;
import dk.aarshjul.followup.TrafficLight;
import dk.aarshjul.organisation.MunicipalityName;
import dk.aarshjul.publication.PlanSnapshot.FocusAreaSnapshot;
import dk.aarshjul.publication.PublicPlan.PublicFocusArea;
import dk.aarshjul.publication.PublicPlan.PublicGoal;
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

	PublicPlans(PlanPublicationRepository publications, NotedStatus notedStatus, MunicipalityName municipality,
			ObjectMapper json, StrategyCycleRepository cycles) {
		this.cycles = cycles;
		this.publications = publications;
		this.notedStatus = notedStatus;
		this.municipality = municipality;
		this.json = json;
	}

	/** Newest year first. */
	public List<PublicPlan> published() {
		return publications.findByPublishedAtIsNotNullAndWithdrawnAtIsNullOrderByBusinessKeyAsc().stream()
			.map(this::view)
			.sorted(Comparator.comparingInt(PublicPlan::year).reversed().thenComparing(PublicPlan::title))
			.toList();
	}

	public Optional<PublicPlan> of(String code) {
		return publications.findByBusinessKey(code).filter(PlanPublication::isPublished).map(this::view);
	}

	public String municipalityName() {
		return municipality.orElse("");
	}

	private PublicPlan view(PlanPublication publication) {
		PlanSnapshot plan = read(publication.getSnapshot());
		List<LocalDate> followUpDates = cycles.findById(publication.getCycleId())
			.map(StrategyCycle::getFollowUpDates)
			.map(List::copyOf)
			.orElse(List.of());
		Optional<NotedStatus.Noted> noted = notedStatus.latest(publication.getPlanId(), followUpDates);
		Map<Long, TrafficLight> lights = noted.map(NotedStatus.Noted::byGoal).orElse(Map.of());
		List<PublicFocusArea> areas = plan.focusAreas().stream().map(area -> focusArea(area, lights)).toList();
		return new PublicPlan(plan.businessKey(), plan.title(), plan.year(), municipalityName(), plan.introduction(),
				plan.periodFrom(), plan.periodTo(), LocalDate.ofInstant(publication.getPublishedAt(), DANISH_TIME),
				noted.map(NotedStatus.Noted::periodEnd).orElse(null),
				noted.map(status -> LocalDate.ofInstant(status.notedAt(), DANISH_TIME)).orElse(null),
				NotedStatus.worst(areas.stream().map(PublicFocusArea::status).filter(Objects::nonNull).toList())
					.orElse(null),
				areas);
	}

	private static PublicFocusArea focusArea(FocusAreaSnapshot area, Map<Long, TrafficLight> lights) {
		List<PublicGoal> goals = area.goals().stream()
			.map(goal -> new PublicGoal(goal.description(), goal.measure(), goal.target(), goal.dueDate(),
					lights.get(goal.goalId())))
			.toList();
		return new PublicFocusArea(area.priority(), area.title(), area.strategy(), area.specialForYear(),
				NotedStatus.worst(goals.stream().map(PublicGoal::status).filter(Objects::nonNull).toList()).orElse(null),
				goals);
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
