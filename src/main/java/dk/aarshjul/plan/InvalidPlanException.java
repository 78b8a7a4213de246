package dk.aarshjul.plan;

import java.util.List;
import java.util.stream.Collectors;

/** A plan was refused; each problem names the field it concerns, in Danish. Nothing was saved. */
public class InvalidPlanException extends RuntimeException {

	public record FieldProblem(String field, String message) {
	}

	private final List<FieldProblem> problems;

	public InvalidPlanException(List<FieldProblem> problems) {
		super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

}
