package dk.aarshjul.security;

import java.util.List;

import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Danish error pages in Årshjul's look instead of Spring's Whitelabel page, through the real
 * server (the error dispatch is the servlet container's); and Cockpit and Admin only in the menu,
 * and only opened, for those Camunda authorizes to use them.
 */
@H2Test
class ErrorPagesTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MockMvc mvc;

	@Test
	void aPlanPageBeforeItsCycleHasStartedIsADanish404ThatSaysHowToStartIt() {
		ResponseEntity<String> page = html("olivia", "/aarshjul/INGEN-PLAN-2099");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getBody()).contains("<html lang=\"da\"", "Siden findes ikke", "ikke startet endnu",
				"href=\"/aarshjul/ny\"", "Fejlkode 404")
			.doesNotContain("Whitelabel");
	}

	@Test
	void anUnknownAddressIsADanish404WithoutTheStartHint() {
		ResponseEntity<String> page = html("anders", "/ingen/side/her");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(page.getBody()).contains("Siden findes ikke").doesNotContain("ikke startet endnu", "Whitelabel");
	}

	@Test
	void aRefusalIsTheDanish403Page() {
		ResponseEntity<String> page = html("anders", "/actuator/env");
		assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getBody()).contains("Du har ikke adgang til denne side", "Fejlkode 403")
			.doesNotContain("Whitelabel");
	}

	@Test
	void aChiefIsRefusedCockpitAndAdminAndIsNotOfferedThem() throws Exception {
		for (String app : new String[] { "/camunda/app/cockpit/default/", "/camunda/app/admin/default/" }) {
			mvc.perform(get(app).with(user("anders").authorities(group("koncernledelse"), group("unit-laering-chief"))))
				.andExpect(status().isForbidden());
		}
		// MockMvc has no webapp behind the door: a process owner passes it (404 here), a chief does not
		assertThat(mvc.perform(get("/camunda/app/cockpit/default/").with(user("olivia").authorities(group("procesejer"))))
			.andReturn().getResponse().getStatus()).isNotEqualTo(403);
		assertThat(menuOf("anders")).contains("/camunda/app/tasklist/")
			.doesNotContain("/camunda/app/cockpit/\"", "/camunda/app/admin/\"");
	}

	@Test
	void theProcessOwnerIsOfferedCockpitAndTheAdministratorAdmin() throws Exception {
		assertThat(menuOf("olivia")).contains("href=\"/camunda/app/cockpit/\"").doesNotContain("href=\"/camunda/app/admin/\"");
		assertThat(menuOf("admin")).contains("href=\"/camunda/app/cockpit/\"", "href=\"/camunda/app/admin/\"");
	}

	private static SimpleGrantedAuthority group(String id) {
		return new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + id);
	}

	private String menuOf(String user) throws Exception {
		return mvc.perform(get("/").with(httpBasic(user, "demo"))).andReturn().getResponse().getContentAsString();
	}

	private ResponseEntity<String> html(String user, String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.TEXT_HTML));
		headers.setBasicAuth(user, "demo");
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

}
