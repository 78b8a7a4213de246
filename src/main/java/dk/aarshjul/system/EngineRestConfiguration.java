package dk.aarshjul.system;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus Årshjul's Danish answers to refused and conflicting task completions. */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	private final TaskCompletionErrors errors;

	EngineRestConfiguration(TaskCompletionErrors errors) {
		this.errors = errors;
	}

	@Override
	protected void registerAdditionalResources() {
		register(new TaskCompletionErrors.ForRestExceptions(errors));
		register(new TaskCompletionErrors.ForEngineExceptions(errors));
		register(new TaskCompletionErrors.ForOtherExceptions(errors));
		register(new TaskCompletionErrors.ForAuthorizationExceptions(errors));
	}

}
