package dk.aarshjul.system;

import dk.aarshjul.foureyes.FourEyes;
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

	private final FourEyes fourEyes;

	EngineRestConfiguration(MessageSource messages, TaskService tasks, FourEyes fourEyes) {
		this.messages = messages;
		this.tasks = tasks;
		this.fourEyes = fourEyes;
	}

	@Override
	protected void registerAdditionalResources() {
		TaskCompletionErrors errors = new TaskCompletionErrors(messages, tasks, fourEyes);
		register(new TaskCompletionErrors.ForRestExceptions(errors));
		register(new TaskCompletionErrors.ForOtherExceptions(errors));
		register(new TaskCompletionErrors.ForAuthorizationExceptions(errors));
	}

}
