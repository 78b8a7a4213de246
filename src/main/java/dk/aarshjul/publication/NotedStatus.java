package dk.aarshjul.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.aarshjul.followup.GoalStatus;
import dk.aarshjul.followup.StatusReport;
import dk.aarshjul.followup.StatusReportRepository;
import dk.aarshjul.followup.StatusRound;
import dk.aarshjul.followup.StatusRoundRepository;
import dk.aarshjul.followup.TrafficLight;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest status Økonomiudvalget has taken note of, per goal. A round the committee has not
 * noted yet is not public; nor is a report filed after the noting. Comments are never read here.
 */
@Component
class NotedStatus {

	/** The noted round's period end and when it was noted, with each goal's light. */
	record Noted(LocalDate periodEnd, Instant notedAt, Map<Long, TrafficLight> byGoal) {
	}

	private final StatusRoundRepository rounds;

	private final StatusReportRepository reports;

	NotedStatus(StatusRoundRepository rounds, StatusReportRepository reports) {
		this.rounds = rounds;
		this.reports = reports;
	}

	/**
	 * The cycle's latest noted round: cycles of several years may share one plan (a cycle takes the
	 * newest plan of its code), so a round belongs to this cycle when it is one of its follow-up dates.
	 */
	@Transactional(readOnly = true)
	Optional<Noted> latest(Long planId, Collection<LocalDate> followUpDates) {
		return rounds.findByPlanIdOrderByPeriodEndAsc(planId).stream()
			.filter(round -> round.getNotedAt() != null && followUpDates.contains(round.getPeriodEnd()))
			.max(Comparator.comparing(StatusRound::getPeriodEnd))
			.map(round -> new Noted(round.getPeriodEnd(), round.getNotedAt(), lights(planId, round)));
	}

	/** A goal's light in the round: the worst any unit reported (a goal is on track only where it is everywhere). */
	private Map<Long, TrafficLight> lights(Long planId, StatusRound round) {
		Map<Long, TrafficLight> byGoal = new HashMap<>();
		for (StatusReport report : reports.findByPlanIdAndPeriodEndInOrderByPeriodEndAscUnitIdAsc(planId,
				List.of(round.getPeriodEnd()))) {
			if (report.getSubmittedAt() == null
					|| report.getSubmittedAt().isAfter(round.getNotedAt())) {
				continue;
			}
			for (GoalStatus status : report.getGoalStatuses()) {
				byGoal.merge(status.getGoal().getId(), status.getTrafficLight(), NotedStatus::worse);
			}
		}
		return byGoal;
	}

	static TrafficLight worse(TrafficLight one, TrafficLight other) {
		return one.compareTo(other) >= 0 ? one : other;
	}

	/** The worst of the lights, or none when there is none. */
	static Optional<TrafficLight> worst(Collection<TrafficLight> lights) {
		return lights.stream().reduce(NotedStatus::worse);
	}

}
