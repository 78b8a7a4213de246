package dk.aarshjul.task;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A task is credited to whoever completed it: the signed-in user — a deputy completing a task still
 * assigned to the one they stand in for, or someone completing through the REST API without
 * claiming it — and only when nobody is signed in (the engine itself) to its assignee.
 */
class TaskActorTests {

	@Test
	void aDeputyCompletingATaskAssignedToSomeoneElseIsCredited() {
		assertThat(TaskActor.of(task("karen", new Authentication("birgit", List.of("direktion"))))).isEqualTo("birgit");
	}

	@Test
	void anUnclaimedTaskCompletedThroughTheApiIsCreditedToTheCaller() {
		assertThat(TaskActor.of(task(null, new Authentication("svend", List.of("oekonomiudvalg"))))).isEqualTo("svend");
	}

	@Test
	void withNobodySignedInTheAssigneeIsCredited() {
		assertThat(TaskActor.of(task("karen", null))).isEqualTo("karen");
		assertThat(TaskActor.of(task(null, null))).isNull();
	}

	private static DelegateTask task(String assignee, Authentication signedIn) {
		DelegateTask task = mock(DelegateTask.class);
		ProcessEngineServices services = mock(ProcessEngineServices.class);
		IdentityService identity = mock(IdentityService.class);
		when(task.getAssignee()).thenReturn(assignee);
		when(task.getProcessEngineServices()).thenReturn(services);
		when(services.getIdentityService()).thenReturn(identity);
		when(identity.getCurrentAuthentication()).thenReturn(signedIn);
		return task;
	}

}
