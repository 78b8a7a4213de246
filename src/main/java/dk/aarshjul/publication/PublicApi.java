package dk.aarshjul.publication;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Offentlige planer", description = "De offentliggjorte strategiplaner, som den offentlige side viser dem; uden login")
class PublicApi {

	private final PublicPlans plans;

	private final MessageSource messages;

	PublicApi(PublicPlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@Operation(summary = "De offentliggjorte planer med indsatsområdernes status (uden mål og indikatorer)")
	@GetMapping("/offentlig/api/plans")
	ResponseEntity<List<PublicPlan.Summary>> list() {
		return ResponseEntity.ok()
			.cacheControl(PublicPages.CACHE)
			.body(plans.published().stream().map(PublicPlan::summary).toList());
	}

	@Operation(summary = "En offentliggjort plan: indsatsområder, mål, status og indikatorer",
			description = """
					Planen, som den blev godkendt, med den seneste status, Økonomiudvalget har taget til efterretning.
					Hvert mål har sine indikatorer (focusAreas[].goals[].indicators[]): name, unit (PERCENT, COUNT, DKK,
					DAYS, OTHER), direction (HIGHER_IS_BETTER, LOWER_IS_BETTER), baselineValue og baselineDate,
					targetValue og targetDate, milestones (dueDate, targetValue) og values: de værdier, Økonomiudvalget
					har taget til efterretning, ældste først, hver med measuredOn, value, light (GREEN, YELLOW, RED) og
					unitName (enhedens navn, eller "Hele kommunen"). En værdi fra en opfølgningsrunde vises, når runden
					er taget til efterretning; en værdi indlæst uden for en runde (CSV, Danmarks Statistik), når en
					runde, der slutter samme dag eller senere, er taget til efterretning. En værdi registreret efter
					noteringen venter på den næste. En plan, der ikke er offentliggjort, svarer 404.""",
			responses = { @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicPlan.class))),
					@ApiResponse(responseCode = "404", description = "Planen er ikke offentliggjort eller er trukket tilbage",
							content = @Content(schema = @Schema(implementation = ProblemDetail.class))) })
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
