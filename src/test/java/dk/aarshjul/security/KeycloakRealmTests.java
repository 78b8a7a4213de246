package dk.aarshjul.security;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm that `docker compose --profile oidc up` imports cannot be started here (no
 * Docker), so what Årshjul relies on is checked in the file: every person of the demo
 * organisation can sign in, the client sends Årshjul's audience and the roles claim, and its
 * addresses are those of the compose file's Årshjul in mode oidc.
 */
class KeycloakRealmTests {

	private final JsonNode realm = read();

	@Test
	void everyPersonOfTheDemoOrganisationIsAUserOfTheRealm() throws Exception {
		List<String> people;
		try (InputStream file = getClass().getResourceAsStream("/organisation/demo-kommune.yml")) {
			Map<String, Object> organisation = new Yaml().load(file);
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> persons = (List<Map<String, Object>>) organisation.get("people");
			people = persons.stream().map(person -> (String) person.get("id")).toList();
		}
		List<String> users = StreamSupport.stream(realm.get("users").spliterator(), false)
			.map(user -> user.get("username").asText())
			.toList();
		assertThat(users).containsExactlyInAnyOrderElementsOf(people);
	}

	@Test
	void theClientGivesArshjulWhatItMatchesAndTrusts() {
		JsonNode client = realm.get("clients").get(0);
		assertThat(client.get("clientId").asText()).isEqualTo("aarshjul");
		assertThat(client.get("redirectUris").get(0).asText()).isEqualTo("http://localhost:8081/login/oauth2/code/aarshjul");
		assertThat(client.get("protocolMappers").findValuesAsText("protocolMapper"))
			.contains("oidc-audience-mapper", "oidc-usermodel-realm-role-mapper");
		assertThat(client.toString()).contains("\"claim.name\":\"roles\"", "\"included.client.audience\":\"aarshjul\"");
	}

	private static JsonNode read() {
		try {
			return new ObjectMapper().readTree(Files.readString(Path.of("keycloak/demo-kommune-realm.json")));
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
