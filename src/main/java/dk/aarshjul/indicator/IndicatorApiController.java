package dk.aarshjul.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import dk.aarshjul.plan.PlanAccess;
import dk.aarshjul.plan.PlanNotFoundException;
import dk.aarshjul.plan.StrategyPlan;
import dk.aarshjul.plan.StrategyPlanRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's indicators and their values as JSON, narrowed by goal, unit and round; and the ways
 * values come in besides a follow-up round: a process owner's JSON or CSV, and Statistics
 * Denmark. Who may not read the plan is answered as if it did not exist; only process owners and
 * administrators bring values in.
 */
@RestController
@RequestMapping("/api/plans/{planId}")
@Tag(name = "Indikatorer", description = "Målenes indikatorer og deres værdier")
class IndicatorApiController {

	private final StrategyPlanRepository plans;

	private final PlanAccess access;

	private final PlanIndicators planIndicators;

	private final IndicatorValues values;

	private final IndicatorCsv csv;

	private final IndicatorFetch fetch;

	private final MessageSource messages;

	IndicatorApiController(StrategyPlanRepository plans, PlanAccess access, PlanIndicators planIndicators,
			IndicatorValues values, IndicatorCsv csv, IndicatorFetch fetch, MessageSource messages) {
		this.plans = plans;
		this.access = access;
		this.planIndicators = planIndicators;
		this.values = values;
		this.csv = csv;
		this.fetch = fetch;
		this.messages = messages;
	}

	/** Bringing values in is for process owners and administrators. */
	static class ValuesForbiddenException extends RuntimeException {

		ValuesForbiddenException() {
			super("Only process owners and administrators bring indicator values in");
		}

	}

	record Saved(int saved) {
	}

	@GetMapping("/indicators")
	@Operation(summary = "Planens indikatorer med værdier",
			description = "unit: en enheds id, eller 'kommune' for hele kommunens værdier; periodEnd: en opfølgningsrundes slutdato")
	List<PlanIndicators.IndicatorView> list(@PathVariable Long planId, @RequestParam(required = false) Long goal,
			@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
			Authentication user) {
		readable(planId, user);
		return planIndicators.of(planId, goal, unit, periodEnd);
	}

	@PostMapping(path = "/indicator-values", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Indberet værdier (procesejere)")
	Saved enter(@PathVariable Long planId, @RequestBody List<NewValue> entered, Authentication user) {
		mayBringIn(planId, user);
		return new Saved(values.record(planId, entered, ValueOrigin.ENTERED, user.getName()).size());
	}

	@PostMapping(path = "/indicator-values", consumes = { "text/csv", "text/plain" })
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Indlæs værdier fra CSV (procesejere)",
			description = "Overskrift: indikator;enhed;dato;værdi;kilde. Én forkert række afviser hele filen.")
	Saved upload(@PathVariable Long planId, HttpServletRequest request, Authentication user) throws IOException {
		mayBringIn(planId, user);
		try (InputStream body = request.getInputStream()) {
			return new Saved(csv.importValues(planId, body, user.getName()).size());
		}
	}

	@PostMapping("/indicators/{indicatorId}/statbank")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hent seneste tal fra Danmarks Statistik (procesejere)")
	Saved fetchFromStatbank(@PathVariable Long planId, @PathVariable Long indicatorId, Authentication user) {
		mayBringIn(planId, user);
		return new Saved(fetch.fetch(planId, indicatorId, user.getName()).size());
	}

	private StrategyPlan readable(Long planId, Authentication user) {
		return plans.findById(planId)
			.filter(plan -> access.mayRead(plan, user))
			.orElseThrow(() -> new PlanNotFoundException(planId));
	}

	private void mayBringIn(Long planId, Authentication user) {
		readable(planId, user);
		if (!access.mayImport(user)) {
			throw new ValuesForbiddenException();
		}
	}

	@ExceptionHandler(ValueRefusedException.class)
	ProblemDetail refused(ValueRefusedException refusal) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(String.join(" ", refusal.problems()));
		problem.setProperty("errors", refusal.problems());
		return problem;
	}

	@ExceptionHandler(ValuesForbiddenException.class)
	ProblemDetail forbidden() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
		problem.setTitle(messages.getMessage("indicator.values.forbidden", null, LocaleContextHolder.getLocale()));
		return problem;
	}

	@ExceptionHandler(PlanNotFoundException.class)
	ProblemDetail notFound() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle(messages.getMessage("plan.notFound", null, LocaleContextHolder.getLocale()));
		return problem;
	}

}
