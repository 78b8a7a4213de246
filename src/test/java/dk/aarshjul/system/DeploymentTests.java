package dk.aarshjul.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever lies in the top-level bpmn/ and forms/ folders is deployed when the application starts;
 * the embedded forms (forms/*.html) are served to Tasklist by the application instead.
 */
@H2Test
class DeploymentTests {

	@Autowired
	RepositoryService repository;

	@Test
	void everyModelAndFormInTheRepositoryIsDeployed() throws IOException {
		List<String> files = Stream.concat(filesIn("bpmn"), filesIn("forms"))
			.filter(file -> !file.endsWith(".html"))
			.toList();
		List<String> deployed = repository.createDeploymentQuery()
			.list()
			.stream()
			.flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream())
			.toList();

		assertThat(files).as("files in bpmn/ and forms/").isNotEmpty();
		// Resource names are the paths the engine read them from (a folder or a jar); compare their ends.
		assertThat(files).allSatisfy(file -> assertThat(deployed).anySatisfy(name -> assertThat(name).endsWith(file)));
	}

	@Test
	void everyEmbeddedFormIsServedToTasklist() throws IOException {
		List<String> embedded = filesIn("forms").filter(file -> file.endsWith(".html")).toList();
		assertThat(embedded).isNotEmpty();
		for (String file : embedded) {
			String name = Path.of(file).getFileName().toString();
			assertThat(getClass().getResource("/static/tasklist-forms/" + name)).as(name).isNotNull();
		}
	}

	private static Stream<String> filesIn(String folder) throws IOException {
		try (Stream<Path> paths = Files.walk(Path.of(folder))) {
			return paths.filter(Files::isRegularFile)
				.filter(path -> !path.getFileName().toString().startsWith("."))
				.map(path -> path.toString().replace('\\', '/'))
				.toList()
				.stream();
		}
	}

}
