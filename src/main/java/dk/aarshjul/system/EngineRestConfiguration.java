package dk.aarshjul.system;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus Årshjul's Danish answers to refused and conflicting task completions. */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	private final MessageSource messages;

	private final TaskService tasks;

	EngineRestConfiguration(MessageSource messages, TaskService tasks) {
		this.messages = messages;
		this.tasks = tasks;
	}

	@Override
	protected void registerAdditionalResources() {
		TaskCompletionErrors errors = new TaskCompletionErrors(messages, tasks);
		register(new TaskCompletionErrors.ForRestExceptions(errors));
		register(new TaskCompletionErrors.ForOtherExceptions(errors));
	}

}
