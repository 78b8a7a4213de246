package dk.aarshjul.plan;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans as JSON: list, export one, import one. A draft is read only by those who work on it now,
 * and to anyone else it is as if it did not exist (listed nowhere, 404 as an unknown id);
 * importing is for process owners and administrators ({@link PlanAccess}).
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

	private final PlanTransfer transfer;

	private final StrategyPlanRepository plans;

	private final MessageSource messages;

	private final PlanAccess access;

	PlanApiController(PlanTransfer transfer, StrategyPlanRepository plans, MessageSource messages, PlanAccess access) {
		this.transfer = transfer;
		this.plans = plans;
		this.messages = messages;
		this.access = access;
	}

	/** Someone who is neither process owner nor administrator tried to import a plan. */
	static class ImportRefusedException extends RuntimeException {

		ImportRefusedException() {
			super("Only process owners and administrators import plans");
		}

	}

	record PlanSummary(Long id, String code, int year, String title, PlanStatus status) {
	}

	@GetMapping
	List<PlanSummary> list(Authentication user) {
		return plans.findAllByOrderByYearDescTitleAsc()
			.stream()
			.filter(plan -> access.mayRead(plan, user))
			.map(plan -> new PlanSummary(plan.getId(), plan.getCode(), plan.getYear(), plan.getTitle(),
					plan.getStatus()))
			.toList();
	}

	@GetMapping("/{id}")
	PlanDocument export(@PathVariable Long id, Authentication user) {
		return transfer.export(id, plan -> access.mayRead(plan, user));
	}

	@PostMapping(consumes = "application/json")
	ResponseEntity<PlanSummary> importPlan(HttpServletRequest request, Authentication user) throws IOException {
		// refused before the body is read: nothing of it is looked at, nothing saved
		if (!access.mayImport(user)) {
			throw new ImportRefusedException();
		}
		try (InputStream body = request.getInputStream()) {
			StrategyPlan plan = transfer.importJson(body);
			return ResponseEntity.created(URI.create("/api/plans/" + plan.getId()))
				.body(new PlanSummary(plan.getId(), plan.getCode(), plan.getYear(), plan.getTitle(),
						plan.getStatus()));
		}
	}

	@ExceptionHandler(InvalidPlanException.class)
	ProblemDetail invalid(InvalidPlanException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(message("plan.invalid"));
		problem.setProperty("errors", ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field(), "message", p.message()))
			.toList());
		return problem;
	}

	@ExceptionHandler(ImportRefusedException.class)
	ProblemDetail importRefused() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
		problem.setTitle(message("plan.import.forbidden"));
		return problem;
	}

	@ExceptionHandler(PlanNotFoundException.class)
	ProblemDetail notFound(PlanNotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		problem.setTitle(message("plan.notFound"));
		return problem;
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
