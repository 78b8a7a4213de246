package dk.aarshjul.cycle;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Starts a plan's yearly cycle on behalf of a signed-in process owner, as Tasklist's start form
 * does. The checks are the process's own first step (see {@link RegisterCycle}), so both
 * ways of starting refuse the same things with the same messages.
 */
@Service
public class CycleStarter {

	private final RuntimeService runtime;

	private final IdentityService identity;

	CycleStarter(RuntimeService runtime, IdentityService identity) {
		this.runtime = runtime;
		this.identity = identity;
	}

	public ProcessInstance start(String userId, Map<String, Object> startVariables) {
		// with the user's groups: the grant to start a cycle is the process owners' group's
		identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
			.map(Group::getId)
			.toList());
		try {
			return runtime.startProcessInstanceByKey(StrategyCycleProcess.KEY, startVariables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
