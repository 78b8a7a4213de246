package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.engine.EnginePlugin;
import dk.aarshjul.engine.WithoutAuthorization;
import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.task.UserTaskLifecycle;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Grants made as instances and tasks come into being, instead of blanket grants: every process
 * instance may be read by the process owners and, when it is a unit's, by that unit's leaders;
 * every task may be read by the process owners (their "Alle årshjul" filter). Who may work on a
 * task the engine grants itself, from its candidates.
 */
@Component
@Order(20)
class InstanceGrants extends EnginePlugin implements UserTaskLifecycle {

	// the authorization service belongs to the engine this plugin configures
	private final ObjectProvider<AuthorizationService> authorizations;

	InstanceGrants(ObjectProvider<AuthorizationService> authorizations) {
		this.authorizations = authorizations;
	}

	@Override
	protected ExecutionListener onEveryProcessStart() {
		return this::grantInstance;
	}

	private void grantInstance(DelegateExecution execution) {
		List<String> readers = new ArrayList<>(List.of(CamundaGroups.PROCESS_OWNERS));
		String unitId = CycleVariables.unitId(execution);
		if (unitId != null) {
			readers.add(CamundaGroups.unitChief(unitId));
			readers.add(CamundaGroups.unitLeaders(unitId));
		}
		for (String group : readers) {
			grant(group, Resources.PROCESS_INSTANCE, execution.getProcessInstanceId(), Permissions.READ);
		}
	}

	@Override
	public void created(DelegateTask task) {
		grant(CamundaGroups.PROCESS_OWNERS, Resources.TASK, task.getId(), Permissions.READ);
	}

	/**
	 * Made by Årshjul, not by the user whose action created the instance or task (who may not
	 * grant anything), so without the user's authorization check.
	 */
	private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
		WithoutAuthorization.inThisCommand(() -> {
			Authorization grant = authorizations.getObject().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			grant.setGroupId(groupId);
			grant.setResource(resource);
			grant.setResourceId(resourceId);
			grant.addPermission(permission);
			return authorizations.getObject().saveAuthorization(grant);
		});
	}

}
