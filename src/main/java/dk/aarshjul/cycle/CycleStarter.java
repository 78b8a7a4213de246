package dk.aarshjul.cycle;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
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
		return start(userId, List.of(), startVariables);
	}

	/**
	 * @param signedInGroups the groups the sign-in gave the user besides those of the identity
	 * tables: an administrator by role or directory group is camunda-admin only as signed in
	 */
	public ProcessInstance start(String userId, Collection<String> signedInGroups, Map<String, Object> startVariables) {
		// with the user's groups: the grant to start a cycle is the process owners' group's
		Set<String> groups = new LinkedHashSet<>(signedInGroups);
		identity.createGroupQuery().groupMember(userId).list().forEach(group -> groups.add(group.getId()));
		identity.setAuthentication(userId, List.copyOf(groups));
		try {
			return runtime.startProcessInstanceByKey(StrategyCycleProcess.KEY, startVariables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

}
