package dk.aarshjul.publication;

import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public pages, without sign-in: the published plans ({@code /offentlig}) and one plan with
 * its focus areas, goals and noted status ({@code /offentlig/{plan}}). A plan not published, or
 * withdrawn, answers 404 with a Danish page.
 */
@Controller
class PublicPages {

	/** How long a browser or the municipality's website may keep a page before asking again. */
	static final CacheControl CACHE = CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic();

	private final PublicPlans plans;

	private final PublicPageProperties properties;

	PublicPages(PublicPlans plans, PublicPageProperties properties) {
		this.plans = plans;
		this.properties = properties;
	}

	@GetMapping({ "/offentlig", "/offentlig/" })
	ModelAndView list(HttpServletResponse response) {
		response.setHeader("Cache-Control", CACHE.getHeaderValue());
		return page("public/plans").addObject("plans", plans.published());
	}

	@GetMapping("/offentlig/{code}")
	ModelAndView plan(@PathVariable String code, HttpServletResponse response) {
		return plans.of(code).map(plan -> {
			response.setHeader("Cache-Control", CACHE.getHeaderValue());
			return page("public/plan").addObject("plan", plan);
		}).orElseGet(() -> {
			ModelAndView notFound = page("public/not-found");
			notFound.setStatus(HttpStatus.NOT_FOUND);
			return notFound;
		});
	}

	private ModelAndView page(String template) {
		return new ModelAndView(template).addObject("municipality", plans.municipalityName())
			.addObject("accessibilityStatementUrl", properties.accessibilityStatementUrl());
	}

}
