package dk.aarshjul.organisation;

/** One problem in the organisation file: the line it stands on and a Danish explanation. */
public record OrganisationProblem(int line, String message) {

	static OrganisationProblem at(int line, String messageKey, Object... args) {
		return new OrganisationProblem(line,
				OrganisationMessages.get("organisation.file.line", line, OrganisationMessages.get(messageKey, args)));
	}

}
