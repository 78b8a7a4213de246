package dk.aarshjul.notification;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start refused for want of a mail server into a plain Danish report that names the settings. */
class MailServerMissingFailureAnalyzer extends AbstractFailureAnalyzer<MailServerMissingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MailServerMissingException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
