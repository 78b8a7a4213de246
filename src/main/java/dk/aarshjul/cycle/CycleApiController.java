package dk.aarshjul.cycle;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.task.CycleVariables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starting a cycle from Årshjul's API; only process owners may. */
@RestController
@RequestMapping("/api/cycles")
class CycleApiController {

	private final CycleStarter starter;

	CycleApiController(CycleStarter starter) {
		this.starter = starter;
	}

	record StartCycleRequest(String planCode, Integer cycleYear, LocalDate draftingDeadline,
			LocalDate consultationDeadline, LocalDate financeCommitteeMeeting, LocalDate councilMeeting,
			LocalDate translationDeadline, List<LocalDate> followUpDates, LocalDate periodEnd) {

		Map<String, Object> variables() {
			Map<String, Object> variables = new HashMap<>();
			variables.put(CycleVariables.START_PLAN_CODE, planCode);
			variables.put(CycleVariables.CYCLE_YEAR, cycleYear);
			variables.put(CalendarFieldNames.DRAFTING_DEADLINE, text(draftingDeadline));
			variables.put(CalendarFieldNames.CONSULTATION_DEADLINE, text(consultationDeadline));
			variables.put(CalendarFieldNames.FINANCE_COMMITTEE_MEETING, text(financeCommitteeMeeting));
			variables.put(CalendarFieldNames.COUNCIL_MEETING, text(councilMeeting));
			variables.put(CalendarFieldNames.TRANSLATION_DEADLINE, text(translationDeadline));
			variables.put(CalendarFieldNames.FOLLOW_UP_DATES, followUpDates == null ? null
					: String.join(",", followUpDates.stream().map(LocalDate::toString).toList()));
			variables.put(CalendarFieldNames.PERIOD_END, text(periodEnd));
			return variables;
		}

		private static String text(LocalDate date) {
			return date == null ? null : date.toString();
		}

	}

	record StartedCycle(String businessKey, String processInstanceId) {
	}

	@PostMapping
	ResponseEntity<StartedCycle> start(@RequestBody StartCycleRequest request, Authentication user) {
		CycleApiErrors.requireProcessOwner(user);
		ProcessInstance instance = starter.start(user.getName(), user.getAuthorities()
			.stream()
			.map(authority -> authority.getAuthority())
			.filter(authority -> authority.startsWith("GROUP_"))
			.map(authority -> authority.substring("GROUP_".length()))
			.toList(), request.variables());
		return ResponseEntity.created(URI.create("/engine-rest/process-instance/" + instance.getId()))
			.body(new StartedCycle(instance.getBusinessKey(), instance.getId()));
	}

}
