package dk.aarshjul.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start without any administrator into a plain Danish report that names the setting. */
class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
