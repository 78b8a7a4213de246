package dk.aarshjul.plan;

import java.beans.PropertyEditorSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.organisation.MunicipalityName;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's own page, before and after its cycles start, and the plan editor: process owners and
 * administrators ({@link PlanAccess#mayImport}) create a plan, edit its heading, focus areas (in
 * priority order), strategies, goals and responsible directors while no cycle of it has started
 * ({@link PlanAccess#mayEdit}), import one as JSON or as a table from Word or Excel, and export it.
 * A plan the user may not read is answered as unknown (404); the editor to one who may read but
 * not edit is refused (403). Nothing is saved from a refused form; it comes back as it was sent,
 * each problem in Danish beside its field.
 */
@Controller
class PlanPages {

	/** Pasted or uploaded plans: as large as the JSON API takes. */
	static final int MOST_CHARACTERS = 512 * 1024;

	private final StrategyPlanRepository plans;

	private final PlanAccess access;

	private final PlanTransfer transfer;

	private final PlanTableImport tables;

	private final ExecutiveBoard board;

	private final MunicipalityName municipality;

	private final MessageSource messages;

	private final java.time.Clock clock;

	PlanPages(StrategyPlanRepository plans, PlanAccess access, PlanTransfer transfer, PlanTableImport tables,
			ExecutiveBoard board, MunicipalityName municipality, MessageSource messages, java.time.Clock clock) {
		this.plans = plans;
		this.access = access;
		this.transfer = transfer;
		this.tables = tables;
		this.board = board;
		this.municipality = municipality;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("plan")
	void limitRows(WebDataBinder binder) {
		// a hand-made index (focusAreas[9999]) must not make the server build thousands of rows
		binder.setAutoGrowCollectionLimit(PlanLimits.MAX_GOALS + 1);
		binder.registerCustomEditor(BigDecimal.class, new DanishDecimal());
	}

	/**
	 * An indicator's figures as people in Denmark type them: 5,5 and 1.234,5, but also 5.5; shown
	 * with a decimal comma. Anything else is a type mismatch, answered in Danish.
	 */
	static final class DanishDecimal extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			setValue(Figures.parse(text).orElseThrow(() -> new IllegalArgumentException("not a figure: " + text)));
		}

		@Override
		public String getAsText() {
			return getValue() instanceof BigDecimal figure ? figure.stripTrailingZeros().toPlainString().replace('.', ',')
					: "";
		}

	}

	@GetMapping("/planer/{id}")
	String page(@PathVariable Long id, Authentication user, Model model) {
		StrategyPlan plan = readable(id, user);
		PlanDocument document = transfer.export(id);
		model.addAttribute("plan", plan);
		model.addAttribute("document", document);
		model.addAttribute("directors", directorNames(document));
		model.addAttribute("cycles", access.visibleCycles(plan, user));
		model.addAttribute("mayImport", access.mayImport(user));
		model.addAttribute("mayEdit", access.mayEdit(plan, user));
		return "plan";
	}

	@GetMapping("/planer/{id}/plan.json")
	ResponseEntity<PlanDocument> export(@PathVariable Long id, Authentication user) {
		StrategyPlan plan = readable(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(plan.businessKey() + ".json").build().toString())
			.body(transfer.export(id));
	}

	@GetMapping("/planer/ny")
	String newPlan(Authentication user, Model model) {
		requireImport(user);
		int year = java.time.LocalDate.now(clock).getYear() + 1;
		return editor(model, PlanForm.blankPlan(municipality.orElse(null), year), null);
	}

	@PostMapping("/planer/ny")
	String create(@ModelAttribute("plan") PlanForm form, BindingResult binding, @RequestParam(defaultValue = "save") String action,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireImport(user);
		if (!"save".equals(action)) {
			form.apply(action);
			return editor(model, form, null);
		}
		form.dropBlankRows();
		form.periodOfYearIfEmpty();
		PlanDocument document = form.toDocument();
		List<InvalidPlanException.FieldProblem> problems = transfer.problems(document, null);
		if (binding.hasErrors() || !problems.isEmpty()) {
			return refused(model, form, binding, problems, null, response);
		}
		try {
			StrategyPlan saved = transfer.importDocument(document);
			redirect.addFlashAttribute("saved", message("plan.edit.created", saved.getTitle()));
			return "redirect:/planer/" + saved.getId();
		}
		catch (InvalidPlanException refused) {
			return refused(model, form, binding, refused.problems(), null, response);
		}
	}

	@GetMapping("/planer/{id}/rediger")
	String edit(@PathVariable Long id, Authentication user, Model model, RedirectAttributes redirect) {
		StrategyPlan plan = editable(id, user);
		if (plan == null) {
			redirect.addFlashAttribute("locked", message("plan.edit.locked"));
			return "redirect:/planer/" + id;
		}
		return editor(model, PlanForm.of(transfer.export(id), plan.getVersion()), plan);
	}

	@PostMapping("/planer/{id}/rediger")
	String save(@PathVariable Long id, @ModelAttribute("plan") PlanForm form, BindingResult binding,
			@RequestParam(defaultValue = "save") String action, Authentication user, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		StrategyPlan plan = editable(id, user);
		if (plan == null) {
			redirect.addFlashAttribute("locked", message("plan.edit.locked"));
			return "redirect:/planer/" + id;
		}
		if (!"save".equals(action)) {
			form.apply(action);
			return editor(model, form, plan);
		}
		form.dropBlankRows();
		form.periodOfYearIfEmpty();
		if (binding.hasErrors()) {
			return refused(model, form, binding, List.of(), plan, response);
		}
		try {
			StrategyPlan saved = transfer.replace(id, form.toDocument(), form.getVersion());
			redirect.addFlashAttribute("saved", message("plan.edit.saved", saved.getTitle()));
			return "redirect:/planer/" + id;
		}
		catch (InvalidPlanException refused) {
			return refused(model, form, binding, refused.problems(), plan, response);
		}
	}

	@GetMapping("/planer/indlaes")
	String importPage(Authentication user, Model model) {
		requireImport(user);
		return importPage(model, PlanForm.blankPlan(municipality.orElse(null), java.time.LocalDate.now(clock).getYear() + 1),
				"", "", List.of());
	}

	@PostMapping("/planer/indlaes/json")
	String importJson(@RequestParam(required = false) String json, @RequestParam(required = false) MultipartFile file,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireImport(user);
		PlanForm blank = PlanForm.blankPlan(municipality.orElse(null), java.time.LocalDate.now(clock).getYear() + 1);
		String text = json == null ? "" : json;
		try {
			byte[] content = hasFile(file) ? file.getBytes() : text.getBytes(StandardCharsets.UTF_8);
			if (content.length > MOST_CHARACTERS) {
				return importRefused(model, blank, text, "", List.of(problem("json", "plan.import.tooLarge", MOST_CHARACTERS / 1024)), response);
			}
			StrategyPlan saved = transfer.importJson(new ByteArrayInputStream(content));
			redirect.addFlashAttribute("saved", message("plan.edit.imported", saved.getTitle()));
			return "redirect:/planer/" + saved.getId();
		}
		catch (IOException unreadable) {
			return importRefused(model, blank, text, "", List.of(problem("json", "plan.json.unreadable")), response);
		}
		catch (InvalidPlanException refused) {
			List<InvalidPlanException.FieldProblem> problems = refused.problems()
				.stream()
				.map(p -> new InvalidPlanException.FieldProblem("json", p.field().isBlank() ? p.message()
						: message("plan.import.field", PlanFieldNames.describe(p.field(), messages), p.message())))
				.toList();
			return importRefused(model, blank, text, "", problems, response);
		}
	}

	@PostMapping("/planer/indlaes/tabel")
	String importTable(@ModelAttribute("plan") PlanForm heading, BindingResult binding,
			@RequestParam(required = false) String table, @RequestParam(required = false) MultipartFile file,
			Authentication user, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		requireImport(user);
		String text = table == null ? "" : table;
		heading.setFocusAreas(new java.util.ArrayList<>());
		heading.periodOfYearIfEmpty();
		if (binding.hasErrors()) {
			return importRefused(model, heading, "", text, List.of(), binding, response);
		}
		try {
			List<List<String>> rows;
			if (hasFile(file)) {
				if (file.getSize() > MOST_CHARACTERS) {
					return importRefused(model, heading, "", text, List.of(problem(PlanTableImport.TABLE, "plan.import.tooLarge", MOST_CHARACTERS / 1024)), response);
				}
				rows = PlanTableFiles.rows(file.getOriginalFilename(), file.getBytes());
			}
			else {
				if (text.length() > MOST_CHARACTERS) {
					return importRefused(model, heading, "", "", List.of(problem(PlanTableImport.TABLE, "plan.import.tooLarge", MOST_CHARACTERS / 1024)), response);
				}
				rows = PlanTable.cells(text.replace("\r\n", "\n").replace('\r', '\n'));
			}
			StrategyPlan saved = tables.importTable(heading, rows);
			redirect.addFlashAttribute("saved", message("plan.edit.imported", saved.getTitle()));
			return "redirect:/planer/" + saved.getId();
		}
		catch (IOException | PlanTableFiles.UnreadableException unreadable) {
			return importRefused(model, heading, "", text, List.of(problem(PlanTableImport.TABLE, "plan.table.unreadable")), response);
		}
		catch (InvalidPlanException refused) {
			return importRefused(model, heading, "", text, refused.problems(), response);
		}
	}

	/** A hand-made row index beyond the editor's limit: a bad request, nothing saved. */
	@ExceptionHandler(InvalidPropertyException.class)
	void badRows(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	private String editor(Model model, PlanForm form, StrategyPlan plan) {
		model.addAttribute("plan", form);
		model.addAttribute("existing", plan);
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("directorChoices", directorChoices(form));
		model.addAttribute("units", IndicatorUnit.values());
		model.addAttribute("directions", IndicatorDirection.values());
		model.addAttribute("reporters", IndicatorReporter.values());
		model.addAttribute("maxIndicators", PlanLimits.MAX_INDICATORS_PER_GOAL);
		return "plan-edit";
	}

	private String refused(Model model, PlanForm form, BindingResult binding, List<InvalidPlanException.FieldProblem> problems,
			StrategyPlan plan, HttpServletResponse response) {
		problems.forEach(problem -> addError(binding, problem));
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return editor(model, form, plan);
	}

	private String importRefused(Model model, PlanForm heading, String json, String table,
			List<InvalidPlanException.FieldProblem> problems, HttpServletResponse response) {
		return importRefused(model, heading, json, table, problems, null, response);
	}

	private String importRefused(Model model, PlanForm heading, String json, String table,
			List<InvalidPlanException.FieldProblem> problems, BindingResult binding, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		if (binding != null) {
			model.addAttribute("org.springframework.validation.BindingResult.plan", binding);
		}
		return importPage(model, heading, json, table, problems);
	}

	private String importPage(Model model, PlanForm heading, String json, String table,
			List<InvalidPlanException.FieldProblem> problems) {
		if (!model.containsAttribute("plan")) {
			model.addAttribute("plan", heading);
		}
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("json", json);
		model.addAttribute("table", table);
		model.addAttribute("jsonProblems", problems.stream().filter(p -> p.field().equals("json")).map(InvalidPlanException.FieldProblem::message).toList());
		model.addAttribute("tableProblems", problems.stream().filter(p -> p.field().equals(PlanTableImport.TABLE)).map(InvalidPlanException.FieldProblem::message).toList());
		model.addAttribute("headingProblems", problems.stream()
			.filter(p -> !p.field().equals("json") && !p.field().equals(PlanTableImport.TABLE))
			.collect(java.util.stream.Collectors.toMap(InvalidPlanException.FieldProblem::field,
					InvalidPlanException.FieldProblem::message, (a, b) -> a, LinkedHashMap::new)));
		return "plan-import";
	}

	private static void addError(BindingResult binding, InvalidPlanException.FieldProblem problem) {
		String field = problem.field();
		if (field.isBlank() || "version".equals(field) || "focusAreas".equals(field)) {
			binding.addError(new ObjectError("plan", problem.message()));
		}
		else if (!binding.hasFieldErrors(field)) {
			binding.addError(new FieldError("plan", field, binding.getRawFieldValue(field), false, null, null, problem.message()));
		}
	}

	private InvalidPlanException.FieldProblem problem(String field, String key, Object... args) {
		return new InvalidPlanException.FieldProblem(field, message(key, args));
	}

	/** The board's members, and any director a plan names who is not one (an imported plan's text). */
	private Map<String, String> directorChoices(PlanForm form) {
		Map<String, String> choices = new LinkedHashMap<>();
		board.members().forEach(member -> choices.put(member.id(), member.name()));
		form.getFocusAreas().stream()
			.map(PlanForm.AreaForm::getResponsibleDirector)
			.filter(director -> director != null && !director.isBlank() && !choices.containsKey(director))
			.forEach(director -> choices.put(director, director));
		return choices;
	}

	private Map<String, String> directorNames(PlanDocument document) {
		Map<String, String> names = new LinkedHashMap<>();
		document.focusAreas()
			.stream()
			.map(PlanDocument.FocusAreaDocument::responsibleDirector)
			.filter(director -> director != null && !director.isBlank())
			.forEach(director -> names.put(director, board.nameOf(director)));
		return names;
	}

	private StrategyPlan readable(Long id, Authentication user) {
		return plans.findById(id)
			.filter(plan -> access.mayRead(plan, user))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, message("plan.notFound")));
	}

	/** The plan if the user may edit it now; null if it may be edited by them but a cycle has started. */
	private StrategyPlan editable(Long id, Authentication user) {
		StrategyPlan plan = readable(id, user);
		requireImport(user);
		return access.mayEdit(plan, user) ? plan : null;
	}

	private void requireImport(Authentication user) {
		if (!access.mayImport(user)) {
			throw new AccessDeniedException("Only process owners and administrators create and edit plans");
		}
	}

	private static boolean hasFile(MultipartFile file) {
		return file != null && !file.isEmpty();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
