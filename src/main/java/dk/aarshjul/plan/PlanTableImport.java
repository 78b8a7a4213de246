package dk.aarshjul.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.aarshjul.organisation.ExecutiveBoard;
import dk.aarshjul.plan.InvalidPlanException.FieldProblem;
import dk.aarshjul.plan.PlanDocument.FocusAreaDocument;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new plan from a heading (the editor's fields) and a table of focus areas and goals
 * ({@link PlanTable}). The table and the plan are checked as a whole, every problem in the table
 * naming its row, and the plan is saved entirely or not at all.
 */
@Service
class PlanTableImport {

	/** The field under which the table's problems are shown. */
	static final String TABLE = "table";

	private static final Pattern AREA_FIELD = Pattern.compile("focusAreas\\[(\\d+)]\\.(\\w+)");

	private static final Pattern GOAL_FIELD = Pattern.compile("focusAreas\\[(\\d+)]\\.goals\\[(\\d+)]\\.(\\w+)");

	private final PlanTransfer transfer;

	private final ExecutiveBoard board;

	private final MessageSource messages;

	PlanTableImport(PlanTransfer transfer, ExecutiveBoard board, MessageSource messages) {
		this.transfer = transfer;
		this.board = board;
		this.messages = messages;
	}

	@Transactional
	public StrategyPlan importTable(PlanForm heading, List<List<String>> rows) {
		PlanTable.Result table = PlanTable.read(rows);
		List<FieldProblem> problems = new ArrayList<>();
		table.problems()
			.forEach(problem -> problems.add(new FieldProblem(TABLE, message(problem.key(), problem.arguments().toArray()))));
		PlanDocument document = heading.toDocument();
		PlanDocument plan = new PlanDocument(document.code(), document.municipality(), document.title(),
				document.introduction(), document.year(), document.kind(), document.periodFrom(), document.periodTo(),
				table.focusAreas().stream().map(this::withDirectorIds).toList());
		if (problems.isEmpty()) {
			transfer.problems(plan, null).forEach(problem -> problems.add(inRow(problem, table.rows())));
		}
		else {
			// the heading's own problems are shown as well, so one round of corrections is enough
			transfer.problems(plan, null)
				.stream()
				.filter(problem -> !problem.field().startsWith("focusAreas"))
				.forEach(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new InvalidPlanException(problems);
		}
		return transfer.importDocument(plan);
	}

	/** A director named as the board's members are (Sofie Lind) is stored by user id; other text as it is. */
	private FocusAreaDocument withDirectorIds(FocusAreaDocument area) {
		if (area.responsibleDirector() == null) {
			return area;
		}
		String director = board.members()
			.stream()
			.filter(member -> member.name().equalsIgnoreCase(area.responsibleDirector())
					|| member.id().equals(area.responsibleDirector()))
			.map(ExecutiveBoard.Member::id)
			.findFirst()
			.orElse(area.responsibleDirector());
		return new FocusAreaDocument(area.title(), area.strategy(), area.specialForYear(), director, area.goals());
	}

	/** A problem of a focus area's or goal's field, said of the table's row and column. */
	private FieldProblem inRow(FieldProblem problem, Map<String, Integer> rows) {
		Matcher goal = GOAL_FIELD.matcher(problem.field());
		if (goal.matches()) {
			Integer row = rows.get("focusAreas[" + goal.group(1) + "].goals[" + goal.group(2) + "]");
			return new FieldProblem(TABLE, message("plan.table.cell", row, message("plan.table.field." + goal.group(3)),
					problem.message()));
		}
		Matcher area = AREA_FIELD.matcher(problem.field());
		if (area.matches()) {
			Integer row = rows.get("focusAreas[" + area.group(1) + "]");
			String column = "title".equals(area.group(2)) ? "focusArea" : area.group(2);
			return new FieldProblem(TABLE, message("plan.table.cell", row, message("plan.table.field." + column),
					problem.message()));
		}
		if (problem.field().startsWith("focusAreas")) {
			return new FieldProblem(TABLE, problem.message());
		}
		return problem;
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
