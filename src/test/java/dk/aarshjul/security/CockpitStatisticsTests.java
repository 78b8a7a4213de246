package dk.aarshjul.security;

import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cockpit's own API counts every instance of a definition one may read, also instances the engine
 * API hides from a unit's chief; it answers those who may open Cockpit (the process owners and
 * administrators) and no one else, as Cockpit's pages do.
 */
@H2Test
class CockpitStatisticsTests {

	private static final String COCKPIT_STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

	@Autowired
	TestRestTemplate web;

	@Test
	void aUnitsChiefGetsNoCockpitStatisticsButTheEngineApisOwnCount() {
		SignedInBrowser chief = SignedInBrowser.signIn(web, "dorthe", "demo");

		assertThat(chief.webappApi(HttpMethod.GET, COCKPIT_STATISTICS, null, null).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(chief.webappApi(HttpMethod.GET, "/camunda/api/cockpit/plugin/base/default/process-instance/count",
				null, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(web.withBasicAuth("dorthe", "demo")
			.getForEntity("/engine-rest/process-definition/statistics", String.class)
			.getStatusCode()).as("what the engine lets her see").isEqualTo(HttpStatus.OK);
	}

	@Test
	void aProcessOwnerSeesCockpitsStatistics() {
		SignedInBrowser owner = SignedInBrowser.signIn(web, "olivia", "demo");

		assertThat(owner.webappApi(HttpMethod.GET, COCKPIT_STATISTICS, null, null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

}
