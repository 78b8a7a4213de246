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

	/**
	 * The noted round's period end and when it was noted, with each goal's light; and every round of
	 * the cycle the committee has noted, for the indicator values they cover.
	 */
	record Noted(LocalDate periodEnd, Instant notedAt, Map<Long, TrafficLight> byGoal, List<Round> rounds) {

		/**
		 * Whether the committee has seen an indicator value when it noted a round: a value entered in a
		 * round when that round is noted; a value brought in outside a round (a CSV file, Statistics
		 * Denmark) when a noted round ends on or after the day it was measured, as the board's review
		 * and the committee's note show the latest such value up to the round. A value recorded after
		 * the noting is not covered by it, as a status report filed after the noting is not.
		 */
		boolean covers(LocalDate valuePeriodEnd, LocalDate measuredOn, Instant recordedAt) {
			return rounds.stream().anyMatch(round -> !recordedAt.isAfter(round.notedAt())
					&& (valuePeriodEnd == null ? !measuredOn.isAfter(round.periodEnd())
							: valuePeriodEnd.equals(round.periodEnd())));
		}

	}

	/** A round Økonomiudvalget has noted. */
	record Round(LocalDate periodEnd, Instant notedAt) {
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
		List<StatusRound> noted = rounds.findByPlanIdOrderByPeriodEndAsc(planId).stream()
			.filter(round -> round.getNotedAt() != null && followUpDates.contains(round.getPeriodEnd()))
			.toList();
		List<Round> all = noted.stream().map(round -> new Round(round.getPeriodEnd(), round.getNotedAt())).toList();
		return noted.stream()
			.max(Comparator.comparing(StatusRound::getPeriodEnd))
			.map(round -> new Noted(round.getPeriodEnd(), round.getNotedAt(), lights(planId, round), all));
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
