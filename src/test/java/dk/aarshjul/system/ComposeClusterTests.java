package dk.aarshjul.system;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker-compose.yml's profile cluster (docs/nodes.md) as Debian's docker-compose reads it: two
 * Årshjul nodes on the one PostgreSQL, each with a node id of its own, and Caddy in front of them
 * asking each node's readiness group. There is no Docker engine here to start it; skipped where
 * docker-compose is not installed (.ci/run installs it).
 */
class ComposeClusterTests {

	private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");

	@BeforeAll
	static void dockerComposeIsThere() {
		assumeTrue(onPath("docker-compose"), "docker-compose is not installed");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theClusterProfileRunsTwoNodesOnOneDatabaseBehindABalancerThatAsksForReadiness() throws Exception {
		Result config = compose(Map.of("AARSHJUL_ADMIN_PASSWORD", "hemmelig"), "--profile", "cluster", "config");
		assertThat(config.exit()).as(config.output()).isZero();
		Map<String, Object> services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(config.output())
			.get("services");
		assertThat(services).containsKeys("postgres", "app", "app-2", "lb", "mailpit", "keycloak");

		Map<String, Object> first = (Map<String, Object>) services.get("app");
		Map<String, Object> second = (Map<String, Object>) services.get("app-2");
		Map<String, String> firstEnv = (Map<String, String>) first.get("environment");
		Map<String, String> secondEnv = (Map<String, String>) second.get("environment");
		assertThat(secondEnv.get("AARSHJUL_DB_URL")).as("one database").isEqualTo(firstEnv.get("AARSHJUL_DB_URL"));
		assertThat(secondEnv.get("SPRING_PROFILES_ACTIVE")).as("PostgreSQL, never H2").isEqualTo("postgres");
		assertThat(secondEnv.get("AARSHJUL_NODE_ID")).as("a node id of its own").isNotBlank()
			.isNotEqualTo(firstEnv.get("AARSHJUL_NODE_ID"));
		assertThat(second.get("profiles")).isEqualTo(List.of("cluster"));

		Map<String, Object> balancer = (Map<String, Object>) services.get("lb");
		assertThat(balancer.get("profiles")).isEqualTo(List.of("cluster"));
		assertThat(String.valueOf(balancer.get("volumes"))).contains("loadbalancer/Caddyfile");
		String caddyfile = Files.readString(Path.of("loadbalancer", "Caddyfile"), StandardCharsets.UTF_8);
		assertThat(caddyfile).contains("reverse_proxy app:8080 app-2:8080")
			.contains("health_uri /actuator/health/readiness");
	}

	@Test
	void withoutAnAdministratorPasswordTheFileDoesNotValidate() throws Exception {
		Result config = compose(Map.of(), "--profile", "cluster", "config", "-q");
		assertThat(config.exit()).isNotZero();
		assertThat(config.output()).contains("AARSHJUL_ADMIN_PASSWORD");
	}

	private record Result(int exit, String output) {
	}

	private static Result compose(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("docker-compose", "-f", COMPOSE_FILE.toString()));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("AARSHJUL_ADMIN_PASSWORD");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator))
			.stream()
			.anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
	}

}
