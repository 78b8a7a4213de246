package dk.aarshjul;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes Spring Modulith's diagrams of the modules (PlantUML component diagrams and a canvas per
 * module) to {@code target/spring-modulith-docs/}. Run it with {@code ./mvnw -Pdiagrams test}: it
 * checks nothing ({@link ModularityTests} does) and took 8–14 seconds of every suite run.
 */
class ModuleDiagrams {

	@Test
	void writeTheModuleDiagrams() {
		new Documenter(ApplicationModules.of(AarshjulApplication.class),
				Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeDocumentation();
	}

}
