package dk.aarshjul.system;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.approval.PoliticalApprovalProcess;
import dk.aarshjul.consultation.MedConsultationProcess;
import dk.aarshjul.cycle.StrategyCycleProcess;
import dk.aarshjul.deadline.DeadlineChaseProcess;
import dk.aarshjul.drafting.DraftingProcess;
import dk.aarshjul.followup.FollowUpRoundProcess;
import dk.aarshjul.journal.JournalDeliveryProcess;
import dk.aarshjul.notification.NotificationProcess;
import dk.aarshjul.task.CycleVariables;
import dk.aarshjul.translation.UnitTranslationProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cycle started on an earlier release runs on that release's models until it is migrated, and
 * one that cannot be migrated runs on them to its end: every bean and bean method those models
 * name must exist today, with the same number of arguments. An earlier upgrade renamed
 * {@code taskDeadlines.secondEscalation} and the bean {@code planStatus} and stranded every
 * running cycle; this test fails such a rename (keep the old name as an alias or a delegating
 * method instead). Identifiers that are no bean must be variables Årshjul sets (the process
 * classes' and {@link CycleVariables}' constants, or the model's own element and result
 * variables) or the engine's own ({@code execution}, {@code task}, {@code nrOfInstances}, …).
 */
@H2Test
class KeptReleaseExpressionsTests {

	/** What the engine itself puts in every expression's reach (Camunda 7's built-in variables and functions). */
	private static final Set<String> ENGINE = Set.of("execution", "task", "caseExecution", "externalTask",
			"nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter", "authenticatedUserId",
			"currentUser", "currentUserGroups", "now", "dateTime", "variableScope", "connector");

	private static final List<Class<?>> PROCESS_CLASSES = List.of(StrategyCycleProcess.class, DraftingProcess.class,
			MedConsultationProcess.class, PoliticalApprovalProcess.class, UnitTranslationProcess.class,
			FollowUpRoundProcess.class, DeadlineChaseProcess.class, JournalDeliveryProcess.class,
			NotificationProcess.class, CycleVariables.class);

	private static final Pattern DECLARED = Pattern
		.compile("(?:elementVariable|resultVariable|target|camunda:outputParameter name)=\"([A-Za-z_][A-Za-z0-9_]*)\"");

	private static final ObjectMapper json = new ObjectMapper();

	@Autowired
	ApplicationContext context;

	static List<String> keptReleases() {
		return KeptReleases.versions();
	}

	@ParameterizedTest(name = "release {0}")
	@MethodSource("keptReleases")
	void everyBeanAndMethodAKeptReleaseNamesExistsToday(String version) {
		assertThat(KeptReleases.models(version)).as("release %s's models", version).isNotEmpty();
		if (KeptReleases.allMigrated(version)) {
			return;
		}
		List<String> problems = new ArrayList<>();
		for (Resource model : KeptReleases.models(version)) {
			problems.addAll(problems(model.getFilename(), KeptReleases.bytes(model)));
		}
		assertThat(problems).as("expressions of release %s that no longer resolve", version).isEmpty();
	}

	@Test
	void everyBeanAndMethodTodaysModelsNameExists() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
				problems.addAll(problems(file.getFileName().toString(), Files.readAllBytes(file)));
			}
		}
		assertThat(problems).isEmpty();
	}

	/**
	 * A task opened under a kept release and left on it (not migrated) shows that release's form;
	 * what it sends goes to today's listeners. So every field such a form sends, and every choice a
	 * radio or select offers, must still be one today's form of the same id has: an earlier upgrade
	 * read new field names only and refused the old ones.
	 */
	@ParameterizedTest(name = "release {0}")
	@MethodSource("keptReleases")
	void everyFieldAKeptFormSendsIsStillAFieldOfTodaysForm(String version) throws IOException {
		if (KeptReleases.allMigrated(version)) {
			return;
		}
		Map<String, Map<String, Set<String>>> today = new java.util.HashMap<>();
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
				JsonNode form = json.readTree(file.toFile());
				today.put(form.path("id").asText(), fields(form));
			}
		}
		List<String> problems = new ArrayList<>();
		for (Resource resource : KeptReleases.deployed(version)) {
			if (!resource.getFilename().endsWith(".form")) {
				continue;
			}
			JsonNode form = json.readTree(KeptReleases.bytes(resource));
			String id = form.path("id").asText();
			Map<String, Set<String>> now = today.get(id);
			if (now == null) {
				problems.add(id + ": no form of today has this id");
				continue;
			}
			fields(form).forEach((key, choices) -> {
				if (!now.containsKey(key)) {
					problems.add(id + ": field " + key + " is gone");
				}
				else if (!now.get(key).containsAll(choices)) {
					problems.add(id + ": field " + key + " no longer offers " + choices.stream()
						.filter(choice -> !now.get(key).contains(choice)).toList());
				}
			});
		}
		assertThat(problems).as("fields of release %s's forms that today's forms no longer take", version).isEmpty();
	}

	/** The form's fields by key, each with the values it offers (radio, select, checklist; empty for the rest). */
	private static Map<String, Set<String>> fields(JsonNode form) {
		Map<String, Set<String>> fields = new java.util.HashMap<>();
		for (JsonNode component : form.path("components")) {
			if (component.hasNonNull("key")) {
				Set<String> values = new HashSet<>();
				component.path("values").forEach(value -> values.add(value.path("value").asText()));
				fields.put(component.get("key").asText(), values);
			}
			fields.putAll(fields(component));
		}
		return fields;
	}

	/** The renames that stranded the cycles of an earlier upgrade are found, with where they are used. */
	@Test
	void aRenamedBeanOrMethodIsFound() {
		byte[] model = """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
				  <process id="old">
				    <serviceTask id="serviceTask_plan" camunda:expression="${planStatus.draft(planId)}"/>
				    <userTask id="userTask_late" camunda:dueDate="${cycleCalendar.draftingDeadline(cycleId, 'extra')}"/>
				    <sequenceFlow id="flow" sourceRef="a" targetRef="b">
				      <conditionExpression>${taskDeadlines.escalateAgain(execution) &amp;&amp; somethingNobodySets}</conditionExpression>
				    </sequenceFlow>
				    <serviceTask id="serviceTask_ok" camunda:delegateExpression="${saveDraft}" camunda:expression="${planStatusChanges.draft(planId)}"/>
				  </process>
				</definitions>
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(problems("old.bpmn", model)).containsExactlyInAnyOrder(
				"old.bpmn serviceTask_plan: planStatus.draft(1 argument(s)) in ${planStatus.draft(planId)}: no bean planStatus",
				"old.bpmn userTask_late: cycleCalendar.draftingDeadline(2 argument(s)) in ${cycleCalendar.draftingDeadline(cycleId, 'extra')}: the bean has no such method",
				"old.bpmn flow/conditionExpression: taskDeadlines.escalateAgain(1 argument(s)) in ${taskDeadlines.escalateAgain(execution) && somethingNobodySets}: the bean has no such method",
				"old.bpmn flow/conditionExpression: somethingNobodySets in ${taskDeadlines.escalateAgain(execution) && somethingNobodySets}: no bean, no variable Årshjul sets, nothing of the engine's");
	}

	private List<String> problems(String name, byte[] xml) {
		Set<String> variables = knownVariables(xml);
		List<String> problems = new ArrayList<>();
		for (ModelExpressions.Use use : ModelExpressions.in(name, xml)) {
			String problem = problem(use, variables);
			if (problem != null) {
				problems.add(use + ": " + problem);
			}
		}
		return problems;
	}

	private String problem(ModelExpressions.Use use, Set<String> variables) {
		if (ENGINE.contains(use.root())) {
			return null;
		}
		if (context.containsBean(use.root())) {
			if (use.member() == null) {
				return null;
			}
			Class<?> type = ClassUtils.getUserClass(context.getType(use.root()));
			boolean found = use.arity() >= 0 ? hasMethod(type, use.member(), use.arity()) : hasProperty(type, use.member());
			return found ? null : "the bean has no such " + (use.arity() >= 0 ? "method" : "property");
		}
		if (variables.contains(use.root())) {
			return null;
		}
		return use.member() == null ? "no bean, no variable Årshjul sets, nothing of the engine's" : "no bean " + use.root();
	}

	private static boolean hasMethod(Class<?> type, String name, int arity) {
		return Arrays.stream(type.getMethods())
			.anyMatch(method -> method.getName().equals(name)
					&& (method.getParameterCount() == arity || method.isVarArgs() && arity >= method.getParameterCount() - 1));
	}

	private static boolean hasProperty(Class<?> type, String name) {
		if (Map.class.isAssignableFrom(type)) {
			return true;
		}
		String capitalised = StringUtils.capitalize(name);
		for (Method method : type.getMethods()) {
			if (method.getParameterCount() == 0 && (method.getName().equals("get" + capitalised)
					|| method.getName().equals("is" + capitalised) || method.getName().equals(name))) {
				return true;
			}
		}
		return Arrays.stream(type.getFields()).anyMatch(field -> field.getName().equals(name));
	}

	/** The variables Årshjul names in its process classes, and those the model declares itself. */
	private static Set<String> knownVariables(byte[] xml) {
		Set<String> names = new HashSet<>();
		for (Class<?> process : PROCESS_CLASSES) {
			addConstants(process, names);
			for (Class<?> nested : process.getDeclaredClasses()) {
				addConstants(nested, names);
			}
		}
		Matcher declared = DECLARED.matcher(new String(xml, java.nio.charset.StandardCharsets.UTF_8));
		while (declared.find()) {
			names.add(declared.group(1));
		}
		return names;
	}

	private static void addConstants(Class<?> type, Set<String> names) {
		for (Field field : type.getDeclaredFields()) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
				try {
					field.setAccessible(true);
					names.add((String) field.get(null));
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

}
