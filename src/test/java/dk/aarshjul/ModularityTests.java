package dk.aarshjul;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Every direct sub-package of dk.aarshjul is a module: no two of them may need each other, even
 * through a third, and none may reach into another's sub-packages. The module documentation
 * (component diagrams and a canvas per module) is written to target/spring-modulith-docs.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(AarshjulApplication.class);

	@Test
	void modulesDependOnEachOtherWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeDocumentation();
	}

}
