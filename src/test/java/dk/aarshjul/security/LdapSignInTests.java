package dk.aarshjul.security;

import java.util.List;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import dk.aarshjul.system.H2Test;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mode ldap against a real LDAP directory (UnboundID's in-memory server) laid out as an Active
 * Directory: accounts by sAMAccountName, userAccountControl, memberOf. The password the
 * directory holds lets a leader in; a wrong one, a disabled account and a person the
 * organisation file does not know stay out, each with its Danish explanation. The name and
 * e-mail Tasklist shows come from the directory; members of the directory's admin group
 * administer Årshjul.
 */
@H2Test
@TestPropertySource(properties = { "aarshjul.sign-in.mode=ldap", "aarshjul.sign-in.ldap.base=OU=Brugere,DC=demo,DC=dk",
		"aarshjul.sign-in.ldap.bind-dn=CN=aarshjul-service,OU=Tjenester,DC=demo,DC=dk",
		"aarshjul.sign-in.ldap.bind-password=Tjeneste-hemmelig-3",
		"aarshjul.sign-in.ldap.admin-group=CN=Aarshjul-Administratorer,OU=Grupper,DC=demo,DC=dk",
		"aarshjul.sign-in.contact=IT-support på 7070 7070" })
class LdapSignInTests {

	private static final InMemoryDirectoryServer directory = started();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestRestTemplate web;

	@Autowired
	IdentityService identity;

	@DynamicPropertySource
	static void activeDirectory(DynamicPropertyRegistry properties) {
		properties.add("aarshjul.sign-in.ldap.url", () -> "ldap://localhost:" + directory.getListenPort());
	}

	@Test
	void theDirectorysPasswordLetsALeaderInWithTheOrganisationFilesGroups() throws Exception {
		mvc.perform(formLogin("/login").user("frida").password("Frida-katalog-1"))
			.andExpect(authenticated().withUsername("frida"))
			.andExpect(redirectedUrl("/mine-opgaver"));
		mvc.perform(get("/api/plans").with(httpBasic("frida", "Frida-katalog-1"))).andExpect(status().isOk());
		assertThat(web.withBasicAuth("frida", "Frida-katalog-1").getForEntity("/engine-rest/task", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void aWrongPasswordIsRefusedInDanish() throws Exception {
		mvc.perform(formLogin("/login").user("jonas").password("forkert"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login?error")).andExpect(content().string(containsString("Forkert brugernavn eller adgangskode.")));
		mvc.perform(get("/api/plans").with(httpBasic("jonas", "forkert"))).andExpect(status().isUnauthorized());
	}

	/**
	 * The answers do not tell which names the directory holds: a name it does not know, and a disabled
	 * or unknown-to-Årshjul account with a wrong password, get what a wrong password gets.
	 */
	@Test
	void namesTheDirectoryDoesNotKnowAreAnsweredAsWrongPasswords() throws Exception {
		for (String name : java.util.List.of("ingen.saadan", "hanne", "bo.ukendt", "jonas")) {
			mvc.perform(formLogin("/login").user(name).password("forkert"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
			mvc.perform(get("/api/plans").with(httpBasic(name, "forkert"))).andExpect(status().isUnauthorized());
		}
	}

	@Test
	void theDemoPasswordOpensNothing() throws Exception {
		mvc.perform(formLogin("/login").user("olivia").password("demo")).andExpect(unauthenticated());
		mvc.perform(get("/api/plans").with(httpBasic("admin", "demo"))).andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledAccountStaysOutAndIsToldWhomToContact() throws Exception {
		mvc.perform(formLogin("/login").user("hanne").password("Hanne-katalog-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?spaerret"));
		mvc.perform(get("/login?spaerret"))
			.andExpect(content().string(containsString("Din konto er spærret i kommunens brugerkatalog. Kontakt IT-support på 7070 7070.")));
	}

	@Test
	void someoneTheOrganisationFileDoesNotKnowStaysOut() throws Exception {
		mvc.perform(formLogin("/login").user("bo.ukendt").password("Bo-katalog-1"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?ukendt"));
		mvc.perform(get("/login?ukendt")).andExpect(content().string(containsString("du står ikke i organisationsfilen")));
	}

	@Test
	void nameAndEmailComeFromTheDirectory() throws Exception {
		mvc.perform(formLogin("/login").user("dorthe").password("Dorthe-katalog-1")).andExpect(authenticated());

		User dorthe = identity.createUserQuery().userId("dorthe").singleResult();
		assertThat(dorthe.getFirstName()).isEqualTo("Dorthe Marie");
		assertThat(dorthe.getLastName()).isEqualTo("Friis Holm");
		assertThat(dorthe.getEmail()).isEqualTo("dmfh@demo.dk");
	}

	@Test
	void membersOfTheDirectorysAdminGroupAdministerArshjul() throws Exception {
		mvc.perform(formLogin("/login").user("dorthe").password("Dorthe-katalog-1"))
			.andExpect(authenticated().withAuthorities(List.of(new SimpleGrantedAuthority("GROUP_koncernledelse"),
					new SimpleGrantedAuthority("GROUP_unit-job-chief"), new SimpleGrantedAuthority("GROUP_unit-job-leaders"),
					new SimpleGrantedAuthority("GROUP_camunda-admin"))));
		assertThat(web.withBasicAuth("dorthe", "Dorthe-katalog-1").getForEntity("/actuator/metrics", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(web.withBasicAuth("frida", "Frida-katalog-1").getForEntity("/actuator/metrics", String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void nothingAnswersAnonymously() {
		TestRestTemplate anonymous = web.withRedirects(Redirects.DONT_FOLLOW);
		for (String path : List.of("/", "/oversigt", "/aarshjul/ny", "/fravaer", "/api/plans", "/api/overview",
				"/v3/api-docs", "/engine-rest/task", "/camunda/app/tasklist/default/",
				"/camunda/api/engine/engine/default/task", "/camunda/api/admin/auth/user/default", "/actuator/info")) {
			ResponseEntity<String> answer = anonymous.getForEntity(path, String.class);
			boolean sentToLogin = answer.getStatusCode().value() == 302
					&& answer.getHeaders().getLocation().getPath().equals("/login");
			assertThat(sentToLogin || answer.getStatusCode().value() == 401 || answer.getStatusCode().value() == 403)
				.as("%s answered %s", path, answer.getStatusCode())
				.isTrue();
		}
		assertThat(anonymous.getForEntity("/login", String.class).getHeaders().getContentType()
			.isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
	}

	private static InMemoryDirectoryServer started() {
		try {
			InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("DC=demo,DC=dk");
			config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
			// Active Directory's attributes (sAMAccountName, userAccountControl, memberOf) are not in
			// the standard schema the in-memory server would check against
			config.setSchema(null);
			InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
			server.add("dn: DC=demo,DC=dk", "objectClass: top", "objectClass: domain", "dc: demo");
			server.add("dn: OU=Brugere,DC=demo,DC=dk", "objectClass: organizationalUnit", "ou: Brugere");
			server.add("dn: OU=Tjenester,DC=demo,DC=dk", "objectClass: organizationalUnit", "ou: Tjenester");
			server.add("dn: OU=Grupper,DC=demo,DC=dk", "objectClass: organizationalUnit", "ou: Grupper");
			server.add("dn: CN=aarshjul-service,OU=Tjenester,DC=demo,DC=dk", "objectClass: user", "cn: aarshjul-service",
					"userPassword: Tjeneste-hemmelig-3");
			server.add("dn: CN=Aarshjul-Administratorer,OU=Grupper,DC=demo,DC=dk", "objectClass: group",
					"cn: Aarshjul-Administratorer");
			account(server, "dorthe", "Dorthe Marie", "Friis Holm", "dmfh@demo.dk", "Dorthe-katalog-1", 512,
					"CN=Aarshjul-Administratorer,OU=Grupper,DC=demo,DC=dk");
			account(server, "frida", "Frida", "Mørk", "frida@demo.dk", "Frida-katalog-1", 512, null);
			account(server, "jonas", "Jonas", "Kjær", "jonas@demo.dk", "Jonas-katalog-1", 512, null);
			account(server, "olivia", "Olivia", "Berg", "olivia@demo.dk", "Olivia-katalog-1", 512, null);
			// 514 = a normal account (512) with ACCOUNTDISABLE (2)
			account(server, "hanne", "Hanne", "Juhl", "hanne@demo.dk", "Hanne-katalog-1", 514, null);
			account(server, "bo.ukendt", "Bo", "Ukendt", "bo@demo.dk", "Bo-katalog-1", 512, null);
			server.startListening();
			return server;
		}
		catch (LDAPException | com.unboundid.ldif.LDIFException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void account(InMemoryDirectoryServer server, String account, String first, String last, String mail,
			String password, int control, String memberOf) throws LDAPException, com.unboundid.ldif.LDIFException {
		String dn = "CN=" + first + " " + last + ",OU=Brugere,DC=demo,DC=dk";
		List<String> lines = new java.util.ArrayList<>(List.of("dn: " + dn, "objectClass: user", "cn: " + first + " " + last,
				"sAMAccountName: " + account, "givenName: " + first, "sn: " + last, "mail: " + mail,
				"userPassword: " + password, "userAccountControl: " + control));
		if (memberOf != null) {
			lines.add("memberOf: " + memberOf);
		}
		server.add(lines.toArray(String[]::new));
	}

}
