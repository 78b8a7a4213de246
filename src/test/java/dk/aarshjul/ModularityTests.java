package dk.aarshjul;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(AarshjulApplication.class);

	private static final Path SOURCES = Path.of("src", "main", "java");

	private static final Path MODELS = Path.of("bpmn");

	private static final Path TEST_SOURCES = Path.of("src", "test", "java");

	/**
	 * Tests whose raw names are the point: requests a hostile or careless client sends, the
	 * variables of releases before the typed accessors, which an upgrade must still read, the
	 * accessors' own test (that a name is what the engine stores) and this check's fixtures.
	 */
	private static final Set<String> RAW_NAMES_ALLOWED = Set.of("security/ExtraVariableTests.java",
			"security/BadInputTests.java", "task/TaskInputTests.java", "system/UpgradeTests.java",
			"task/ProcessVariableTests.java", "ModularityTests.java", "RawVariableNames.java",
			// not yet converted: another change is editing the browser tests
			"tasklist/DraftIndicatorsBrowserTests.java", "tasklist/FormsShowingTheFactsBrowserTests.java");

	@Test
	void modulesDependOnEachOtherWithoutCycles() {
		MODULES.verify();
	}

	/**
	 * What the bytecode cannot show: a constant of another package (javac copies its value) and a bean
	 * a model names by expression. Neither may close a cycle among the packages.
	 */
	@Test
	void noCycleAmongThePackagesInTheSourcesOrThroughTheModels() {
		PackageGraph graph = PackageGraph.ofSources(SOURCES);
		List<PackageGraph.NamedBean> named = graph.addModels(MODELS, SOURCES);

		assertThat(named).as("beans the models name").isNotEmpty();
		assertThat(graph.cycles()).as("cycles among the packages, with the files and models behind each step")
			.isEmpty();
	}

	/**
	 * One model, one package (issue #31): a model names only beans of the package that owns it (the
	 * package of its process class), so whoever changes a model finds every bean it calls beside it.
	 * A phase that needs another package's service has a bean of its own, named for its job, that
	 * calls it ({@code ${draftingDeadlines…}} reads {@code cycle}'s calendar). There are no exceptions:
	 * what the engine itself gives a model ({@code execution}, {@code task}) is no bean of Årshjul's.
	 */
	@Test
	void eachModelNamesOnlyBeansOfItsOwnPackage() {
		List<PackageGraph.NamedBean> named = PackageGraph.ofSources(SOURCES).addModels(MODELS, SOURCES);

		assertThat(named).as("beans the models name").isNotEmpty();
		assertThat(named.stream().filter(PackageGraph.NamedBean::foreign).map(PackageGraph.NamedBean::describe))
			.as("beans a model names of a package other than its own; give the model's package a bean of its own")
			.isEmpty();
	}

	@Test
	void aCycleThroughAConstantOrThroughAModelIsFound(@TempDir Path project) throws IOException {
		Path sources = project.resolve("src");
		Path models = project.resolve("bpmn");
		write(sources, "alpha/AlphaProcess.java", """
				package dk.aarshjul.alpha;
				/** "Alpha" (bpmn/alpha.bpmn) */
				public final class AlphaProcess {
					public static final String KEY = "alpha";
				}
				""");
		write(sources, "beta/Rescheduling.java", """
				package dk.aarshjul.beta;
				import org.springframework.stereotype.Service;
				@Service
				public class Rescheduling {
					static final String WAITS_AT = dk.aarshjul.alpha.AlphaProcess.KEY;
				}
				""");
		write(sources, "alpha/AlphaDeadlines.java", """
				package dk.aarshjul.alpha;
				import org.springframework.stereotype.Component;
				@Component
				public class AlphaDeadlines {
				}
				""");
		write(models, "alpha.bpmn", """
				<bpmn:process id="alpha"><bpmn:serviceTask camunda:delegateExpression="${rescheduling}" />
				<bpmn:userTask camunda:dueDate="${alphaDeadlines.due(execution)}" />
				<bpmn:conditionExpression>${!done}</bpmn:conditionExpression></bpmn:process>
				""");

		PackageGraph codeOnly = PackageGraph.ofSources(sources);
		assertThat(codeOnly.cycles()).as("the constant alone").isEmpty();
		assertThat(codeOnly.has("beta", "alpha")).as("the inlined constant is seen").isTrue();

		PackageGraph withModels = PackageGraph.ofSources(sources);
		List<PackageGraph.NamedBean> named = withModels.addModels(models, sources);
		assertThat(named).containsExactly(new PackageGraph.NamedBean("alpha.bpmn", "alpha", "rescheduling", "beta"),
				new PackageGraph.NamedBean("alpha.bpmn", "alpha", "alphaDeadlines", "alpha"));
		assertThat(named.stream().filter(PackageGraph.NamedBean::foreign).map(PackageGraph.NamedBean::describe))
			.as("the bean of another package, not the model's own")
			.containsExactly("alpha.bpmn (package alpha) names ${rescheduling} of package beta");
		assertThat(withModels.cycles()).singleElement()
			.asString()
			.startsWith("alpha ⇄ beta:")
			.contains("alpha.bpmn ${rescheduling}")
			.contains("beta/Rescheduling.java");
	}

	/**
	 * The engine behind one door (issue #31): Camunda's internals, reflection on its classes and SQL
	 * naming its tables live in {@code engine} alone, and {@code engine} uses no feature package.
	 */
	@Test
	void onlyTheEnginePackageTouchesTheEnginesInsides() {
		assertThat(EngineDoor.trespasses(SOURCES)).as("what only the engine package may do, done elsewhere")
			.isEmpty();
	}

	@Test
	void aFeatureTouchingTheEnginesInsidesIsFound(@TempDir Path project) throws IOException {
		Path sources = project.resolve("src");
		write(sources, "alpha/Internals.java", """
				package dk.aarshjul.alpha;
				import org.camunda.bpm.engine.impl.context.Context;
				class Internals {
				}
				""");
		write(sources, "beta/Tables.java", """
				package dk.aarshjul.beta;
				class Tables {
					static final String OPEN = "select ID_ from ACT_RU_TASK where ASSIGNEE_ = ?";
					Object taskId(Object command) throws Exception {
						var field = command.getClass().getDeclaredField("taskId");
						field.setAccessible(true);
						return field.get(command);
					}
				}
				""");
		write(sources, "engine/Door.java", """
				package dk.aarshjul.engine;
				import org.camunda.bpm.engine.impl.context.Context;
				class Door {
					static final String OPEN = "select ID_ from ACT_RU_TASK";
					dk.aarshjul.beta.Tables tables;
				}
				""");

		assertThat(EngineDoor.trespasses(sources)).containsExactlyInAnyOrder(
				"alpha/Internals.java:2 uses Camunda's internals", "beta/Tables.java:3 uses an engine table",
				"beta/Tables.java:5 uses reflection", "beta/Tables.java:6 uses reflection",
				"engine/Door.java:5 uses the package beta");
	}

	/**
	 * Typed variables (issue #31): code and tests read, write and complete tasks with a process
	 * class's accessors ({@code DraftingProcess.Variables.READY.with(true)}), not a name in quotes.
	 */
	@Test
	void variablesAreNamedOnlyInTheirProcessClasses() {
		assertThat(RawVariableNames.uses(SOURCES, Set.of())).as("a process variable named in quotes in the main code")
			.isEmpty();
		assertThat(RawVariableNames.uses(TEST_SOURCES, RAW_NAMES_ALLOWED, SOURCES))
			.as("a process variable named in quotes in a test; use its typed accessor")
			.isEmpty();
	}

	@Test
	void aVariableNamedInQuotesIsFound(@TempDir Path project) throws IOException {
		Path sources = project.resolve("src");
		write(sources, "alpha/Review.java", """
				package dk.aarshjul.alpha;
				class Review {
					Object read(org.camunda.bpm.engine.delegate.DelegateTask task, org.camunda.bpm.engine.TaskService tasks) {
						task.setVariableLocal("reviewed", true);
						tasks.complete(task.getId(), org.camunda.bpm.engine.variable.Variables.putValue("approved", true));
						tasks.complete(task.getId(), java.util.Map.of("note", "approved", "approved", List.of("a", "b")));
						context.setVariable("view", task);
						AlphaProcess.Variables.REVIEWED.set(task, true);
						return tasks.getVariable(task.getId(), "approved");
					}
				}
				""");
		write(sources, "alpha/AlphaProcess.java", """
				package dk.aarshjul.alpha;
				class AlphaProcess {
					static final String APPROVED = "approved";
					Object named(org.camunda.bpm.engine.delegate.DelegateTask task) {
						return task.getVariable("reviewed");
					}
				}
				""");
		write(sources, "beta/HostileTests.java", """
				package dk.aarshjul.beta;
				class HostileTests {
					Object smuggled(org.camunda.bpm.engine.delegate.DelegateTask task) {
						return task.getVariable("planId");
					}
				}
				""");

		assertThat(RawVariableNames.uses(sources, Set.of("beta/HostileTests.java"))).containsExactly(
				"alpha/Review.java:4 names the variable \"reviewed\"", "alpha/Review.java:5 names the variable \"approved\"",
				"alpha/Review.java:6 names the variable \"approved\"", "alpha/Review.java:9 names the variable \"approved\"");
	}

	private static void write(Path root, String file, String content) throws IOException {
		Path path = root.resolve("dk/aarshjul").resolve(file);
		Files.createDirectories(path.getParent());
		Files.writeString(path, content);
	}

}
