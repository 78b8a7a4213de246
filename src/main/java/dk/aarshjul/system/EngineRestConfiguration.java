package dk.aarshjul.system;

import dk.aarshjul.foureyes.FourEyes;
import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus Årshjul's Danish answers to refused and conflicting task completions. */
@Component
@ApplicationPath("/engine-rest")
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

	private final MessageSource messages;

	private final ProcessEngineConfigurationImpl engine;

	private final FourEyes fourEyes;

	EngineRestConfiguration(MessageSource messages, ProcessEngineConfigurationImpl engine, FourEyes fourEyes) {
		this.messages = messages;
		this.engine = engine;
		this.fourEyes = fourEyes;
	}

	@Override
	protected void registerAdditionalResources() {
		TaskCompletionErrors errors = new TaskCompletionErrors(messages, new TaskFates(engine),
				engine.getIdentityService(), fourEyes);
		register(new TaskCompletionErrors.ForRestExceptions(errors));
		register(new TaskCompletionErrors.ForEngineExceptions(errors));
		register(new TaskCompletionErrors.ForOtherExceptions(errors));
		register(new TaskCompletionErrors.ForAuthorizationExceptions(errors));
	}

}
