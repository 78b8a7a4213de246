package dk.aarshjul.cycle;

import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.cycle.CalendarProposal.Proposal;
import dk.aarshjul.cycle.CycleRescheduling.MovedTask;
import dk.aarshjul.cycle.CycleRescheduling.Rescheduled;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A cycle's calendar: the proposal a new cycle starts from, and moving a date of a running one. */
@RestController
@RequestMapping("/api/cycles")
class CalendarApiController {

	/** What a leader who is no process owner is told when moving a date (proposals belong to starting a cycle). */
	static final String MOVING_DATES = "calendar.forbidden";

	private final CalendarProposal proposal;

	private final CycleRescheduling rescheduling;

	private final CalendarChangeRepository changes;

	private final StrategyCycleRepository cycles;

	CalendarApiController(CalendarProposal proposal, CycleRescheduling rescheduling, CalendarChangeRepository changes,
			StrategyCycleRepository cycles) {
		this.proposal = proposal;
		this.rescheduling = rescheduling;
		this.changes = changes;
		this.cycles = cycles;
	}

	@GetMapping("/calendar-proposal")
	Proposal propose(@RequestParam int year, @RequestParam(required = false) String planCode, Authentication user) {
		CycleApiErrors.requireProcessOwner(user);
		return proposal.proposeFor(planCode, year);
	}

	record CalendarChangeRequest(String field, LocalDate date, String reason) {
	}

	record CalendarChangeAnswer(String field, LocalDate oldDate, LocalDate newDate, String reason, String changedBy,
			List<MovedTask> tasks) {
	}

	@PostMapping("/{businessKey}/calendar-changes")
	CalendarChangeAnswer move(@PathVariable String businessKey, @RequestBody CalendarChangeRequest request,
			Authentication user) {
		CycleApiErrors.requireProcessOwner(user, MOVING_DATES);
		Rescheduled result = rescheduling.move(businessKey, request.field(), request.date(), request.reason(),
				user.getName());
		CalendarChange change = result.change();
		return new CalendarChangeAnswer(change.getField(), change.getOldDate(), change.getNewDate(), change.getReason(),
				change.getChangedBy(), result.tasks());
	}

	@GetMapping("/{businessKey}/calendar-changes")
	List<CalendarChange> history(@PathVariable String businessKey, Authentication user) {
		CycleApiErrors.requireProcessOwner(user, MOVING_DATES);
		return cycles.findByBusinessKey(businessKey)
			.map(cycle -> changes.findByCycleIdOrderByChangedAtAscIdAsc(cycle.getId()))
			.orElse(List.of());
	}

}
