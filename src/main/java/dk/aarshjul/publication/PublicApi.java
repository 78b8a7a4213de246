package dk.aarshjul.publication;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public pages' data as JSON, without sign-in and cacheable (an ETag comes from {@link PublicCaching}). */
@RestController
class PublicApi {

	private final PublicPlans plans;

	private final MessageSource messages;

	PublicApi(PublicPlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping("/offentlig/api/plans")
	ResponseEntity<List<PublicPlan.Summary>> list() {
		return ResponseEntity.ok()
			.cacheControl(PublicPages.CACHE)
			.body(plans.published().stream().map(PublicPlan::summary).toList());
	}

	@GetMapping("/offentlig/api/plans/{code}")
	ResponseEntity<?> plan(@PathVariable String code) {
		return plans.of(code).<ResponseEntity<?>>map(plan -> ResponseEntity.ok().cacheControl(PublicPages.CACHE).body(plan))
			.orElseGet(() -> {
				ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
				problem.setTitle(messages.getMessage("public.notFound.title", null, LocaleContextHolder.getLocale()));
				problem.setDetail(messages.getMessage("public.notFound.text", null, LocaleContextHolder.getLocale()));
				return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
			});
	}

}
