package dk.aarshjul.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plans from and exports them to JSON ({@link PlanDocument}). An import is checked as a
 * whole before anything is written and saved in one transaction: a plan is saved entirely or
 * not at all.
 */
@Service
public class PlanTransfer {

	private final StrategyPlanRepository plans;

	private final ObjectMapper json;

	private final Validator validator;

	private final MessageSource messages;

	PlanTransfer(StrategyPlanRepository plans, ObjectMapper json, Validator validator, MessageSource messages) {
		this.plans = plans;
		this.json = json;
		this.validator = validator;
		this.messages = messages;
	}

	@Transactional
	public StrategyPlan importJson(InputStream in) {
		PlanDocument document;
		try {
			document = json.readValue(in, PlanDocument.class);
		}
		catch (JacksonException ex) {
			String field = ex instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
					? mapping.getPathReference().replaceAll("^.*PlanDocument", "") : "";
			throw new InvalidPlanException(List.of(new InvalidPlanException.FieldProblem(field, message("plan.json.invalid"))));
		}
		catch (IOException ex) {
			throw new InvalidPlanException(List.of(new InvalidPlanException.FieldProblem("", message("plan.json.unreadable"))));
		}
		return importDocument(document);
	}

	@Transactional
	public StrategyPlan importDocument(PlanDocument document) {
		List<InvalidPlanException.FieldProblem> problems = problems(document, null);
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		return plans.save(document.toNewPlan());
	}

	/**
	 * Replaces a plan's heading, focus areas and goals with the document's, checked as an import is;
	 * refused (and nothing changed) if the plan was saved by someone else since {@code expectedVersion}.
	 * Focus areas and goals are revised in place, position by position (see {@link PlanRevision}).
	 */
	@Transactional
	public StrategyPlan replace(Long planId, PlanDocument document, Long expectedVersion) {
		StrategyPlan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
		List<InvalidPlanException.FieldProblem> problems = problems(document, plan);
		if (problems.isEmpty() && expectedVersion != null && expectedVersion != plan.getVersion()) {
			problems.add(new InvalidPlanException.FieldProblem("version", message("plan.edit.stale")));
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		plan.reviseHeading(document);
		plan.reviseFocusAreas(document.focusAreas());
		return plans.saveAndFlush(plan);
	}

	/** What is wrong with the document as a plan, in Danish by field; {@code replaced} may keep its own code and year. */
	List<InvalidPlanException.FieldProblem> problems(PlanDocument document, StrategyPlan replaced) {
		List<InvalidPlanException.FieldProblem> problems = new ArrayList<>(validator.validate(document)
			.stream()
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.map(PlanTransfer::problem)
			.toList());
		if (problems.isEmpty() && PlanLimits.tooManyGoals(document.focusAreas())) {
			problems.add(new InvalidPlanException.FieldProblem("focusAreas", message("plan.goals.tooMany", PlanLimits.MAX_GOALS)));
		}
		if (problems.isEmpty() && document.periodTo() != null && document.periodTo().isBefore(document.periodFrom())) {
			problems.add(new InvalidPlanException.FieldProblem("periodTo", message("plan.period.order")));
		}
		boolean sameName = replaced != null && replaced.getCode().equals(document.code())
				&& replaced.getYear() == document.year();
		if (problems.isEmpty() && !sameName && plans.existsByCodeAndYear(document.code(), document.year())) {
			problems.add(new InvalidPlanException.FieldProblem("code",
					message("plan.code.taken", document.code(), String.valueOf(document.year()))));
		}
		return problems;
	}

	@Transactional(readOnly = true)
	public PlanDocument export(Long planId) {
		return export(planId, plan -> true);
	}

	/** The plan as JSON, if it exists and {@code mayRead} lets it be read; else as if it did not exist. */
	@Transactional(readOnly = true)
	public PlanDocument export(Long planId, Predicate<StrategyPlan> mayRead) {
		return plans.findById(planId)
			.filter(mayRead)
			.map(PlanDocument::of)
			.orElseThrow(() -> new PlanNotFoundException(planId));
	}

	private static InvalidPlanException.FieldProblem problem(ConstraintViolation<PlanDocument> violation) {
		return new InvalidPlanException.FieldProblem(violation.getPropertyPath().toString(), violation.getMessage());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
