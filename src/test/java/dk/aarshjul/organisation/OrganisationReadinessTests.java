package dk.aarshjul.organisation;

import java.util.ArrayList;
import java.util.List;

import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Årshjul says it is ready only once the organisation is loaded and its people exist as users:
 * a load balancer or Docker's health check sends nobody to a sign-in that cannot work yet.
 */
@H2Test
class OrganisationReadinessTests {

	@Autowired
	IdentityService identity;

	@Autowired
	MockMvc mvc;

	@Test
	void outOfServiceUntilTheOrganisationIsLoadedAndEveryPersonIsAUser() {
		OrganisationReadiness readiness = new OrganisationReadiness(identity);
		assertThat(readiness.health().getStatus()).as("before any load").isEqualTo(Status.OUT_OF_SERVICE);

		OrganisationDefinition demo = OrganisationFileParser.parse(new ClassPathResource("organisation/demo-kommune.yml"));
		List<OrganisationDefinition.PersonDefinition> withNewcomer = new ArrayList<>(demo.people());
		withNewcomer.add(new OrganisationDefinition.PersonDefinition("ny.medarbejder", "Ny Medarbejder", null, null, null,
				null, false, false, 0));
		readiness.loaded(new OrganisationLoaded(
				new OrganisationDefinition(demo.municipality(), demo.units(), withNewcomer, demo.bodies())));
		assertThat(readiness.health().getStatus()).as("a person who is not a user yet")
			.isEqualTo(Status.OUT_OF_SERVICE);

		readiness.loaded(new OrganisationLoaded(demo));
		assertThat(readiness.health().getStatus()).as("every person of the demo file is a user").isEqualTo(Status.UP);
	}

	@Test
	void theStartedAppIsReadyAndAliveAndSaysSoWithoutSignIn() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

}
