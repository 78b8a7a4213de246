package dk.aarshjul.organisation;

import java.util.List;
import java.util.stream.Collectors;

/** The organisation file cannot be used; {@link #problems()} says where and why, in Danish. */
public class OrganisationFileException extends RuntimeException {

	private final String source;

	private final List<OrganisationProblem> problems;

	public OrganisationFileException(String source, List<OrganisationProblem> problems) {
		super(describe(source, problems));
		this.source = source;
		this.problems = List.copyOf(problems);
	}

	public String source() {
		return source;
	}

	public List<OrganisationProblem> problems() {
		return problems;
	}

	private static String describe(String source, List<OrganisationProblem> problems) {
		return problems.stream()
			.map(OrganisationProblem::message)
			.collect(Collectors.joining(System.lineSeparator(),
					OrganisationMessages.get("organisation.file.rejected", source) + System.lineSeparator(), ""));
	}

}
