package dk.aarshjul.organisation;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Årshjul is ready for its users once the organisation has been loaded and its people exist as
 * Camunda users: before that nobody can sign in and no task finds its candidates. The web server
 * answers long before (the organisation is loaded by a start-up runner), so the readiness group
 * (/actuator/health/readiness, and with it the plain health) says OUT_OF_SERVICE until then.
 */
@Component
class OrganisationReadiness implements HealthIndicator {

	private final IdentityService identity;

	private volatile List<String> people;

	private volatile boolean ready;

	OrganisationReadiness(IdentityService identity) {
		this.identity = identity;
	}

	/** Only a load that committed counts: a refused file leaves the organisation as it was. */
	@TransactionalEventListener(fallbackExecution = true)
	void loaded(OrganisationLoaded loaded) {
		people = loaded.organisation().people().stream().map(OrganisationDefinition.PersonDefinition::id).toList();
	}

	@Override
	public Health health() {
		if (!ready) {
			ready = people != null && (people.isEmpty()
					|| identity.createUserQuery().userIdIn(people.toArray(String[]::new)).count() == people.size());
		}
		return ready ? Health.up().build() : Health.outOfService().build();
	}

}
