package dk.aarshjul.organisation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a rejected organisation file into a plain Danish start-up failure report. */
class OrganisationFileFailureAnalyzer extends AbstractFailureAnalyzer<OrganisationFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, OrganisationFileException cause) {
		return new FailureAnalysis(cause.getMessage(),
				OrganisationMessages.get("organisation.file.action", cause.source()), cause);
	}

}
