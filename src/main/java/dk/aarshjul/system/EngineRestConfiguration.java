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
		TaskCompletionErrors.mappers(errors).forEach(mapper -> register(mapper, TaskCompletionErrors.PRIORITY));
	}

}
