package dk.aarshjul.system;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import dk.aarshjul.translation.UnitTranslationProcess;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules for models and forms: readable ids with a type prefix, every element drawn,
 * service tasks wired to one bean each, every user task routed to a group with a due date and a
 * deployed Camunda Form, and forms whose component ids are unique.
 */
class ModelConventionTests {

	private static final ObjectMapper json = new ObjectMapper();

	@Test
	void everyProcessHasAHistoryTimeToLiveAndEveryFlowNodeIsDrawnWithAReadableId() {
		for (BpmnModelInstance model : models()) {
			Set<String> drawn = new HashSet<>();
			model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
			}
			for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
				assertThat(drawn).as("drawn").contains(node.getId());
				assertThat(node.getId()).as("readable id")
					.matches("(startEvent|endEvent|userTask|serviceTask|businessRuleTask|callActivity|gateway|boundaryEvent|timerEvent)_[a-z][A-Za-z]+");
			}
		}
	}

	/** Each process has one class beside its delegates that names its key and every flow node, and no more. */
	@Test
	void everyProcessHasAClassNamingItsKeyAndEachFlowNode() throws IllegalAccessException {
		Map<String, Class<?>> processClasses = Map.of(StrategyCycleProcess.KEY, StrategyCycleProcess.class,
				DraftingProcess.KEY, DraftingProcess.class, MedConsultationProcess.KEY, MedConsultationProcess.class,
				PoliticalApprovalProcess.KEY, PoliticalApprovalProcess.class, UnitTranslationProcess.KEY,
				UnitTranslationProcess.class, FollowUpRoundProcess.KEY, FollowUpRoundProcess.class,
				NotificationProcess.KEY, NotificationProcess.class, JournalDeliveryProcess.KEY,
				JournalDeliveryProcess.class, DeadlineChaseProcess.KEY, DeadlineChaseProcess.class);
		Set<String> processes = new HashSet<>();
		for (BpmnModelInstance model : models()) {
			for (Process process : model.getModelElementsByType(Process.class)) {
				processes.add(process.getId());
				Class<?> processClass = processClasses.get(process.getId());
				assertThat(processClass).as("class of " + process.getId()).isNotNull();
				Set<String> named = new HashSet<>();
				for (Field field : processClass.getFields()) {
					if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("KEY")) {
						named.add((String) field.get(null));
					}
				}
				Set<String> flowNodes = new HashSet<>();
				model.getModelElementsByType(FlowNode.class).forEach(node -> flowNodes.add(node.getId()));
				assertThat(named).as(processClass.getSimpleName()).containsExactlyInAnyOrderElementsOf(flowNodes);
			}
		}
		assertThat(processes).containsExactlyInAnyOrderElementsOf(processClasses.keySet());
	}

	/**
	 * Each model has a test class of its own beside its process class that deploys the model
	 * alone on a plain engine (ProcessAlone) and covers all of it. The cycle's end-to-end test is
	 * StrategyCycleProcessTests, so its model's own test is StrategyCycleModelTests.
	 */
	@Test
	void everyProcessHasATestClassOfItsOwnThatDeploysItAlone() throws Exception {
		Map<String, String> testClasses = Map.of(StrategyCycleProcess.KEY, "dk.aarshjul.cycle.StrategyCycleModelTests",
				DraftingProcess.KEY, DraftingProcess.class.getName() + "Tests", MedConsultationProcess.KEY,
				MedConsultationProcess.class.getName() + "Tests", PoliticalApprovalProcess.KEY,
				PoliticalApprovalProcess.class.getName() + "Tests", UnitTranslationProcess.KEY,
				UnitTranslationProcess.class.getName() + "Tests", FollowUpRoundProcess.KEY,
				FollowUpRoundProcess.class.getName() + "Tests", NotificationProcess.KEY,
				NotificationProcess.class.getName() + "Tests", JournalDeliveryProcess.KEY,
				JournalDeliveryProcess.class.getName() + "Tests", DeadlineChaseProcess.KEY,
				DeadlineChaseProcess.class.getName() + "Tests");
		for (BpmnModelInstance model : models()) {
			for (Process process : model.getModelElementsByType(Process.class)) {
				String testClassName = testClasses.get(process.getId());
				assertThat(testClassName).as("test class of " + process.getId()).isNotNull();
				Class<?> testClass = Class.forName(testClassName);
				Field engine = testClass.getDeclaredField("engine");
				assertThat(engine.getType().getSimpleName()).as(testClassName).isEqualTo("ProcessEngineCoverageExtension");
				assertThat(Files.readString(Path.of("src/test/java", testClassName.replace('.', '/') + ".java")))
					.as(testClassName + " uses a plain engine of its own")
					.contains("ProcessAlone.engine(KEY");
			}
		}
	}

	/**
	 * A bean a model names is found under its class's name: {@code ${cycleCalendar}} is
	 * CycleCalendar, so a reader of the BPMN finds the class by the name. The same holds for every
	 * component that names itself.
	 */
	@Test
	void beansTheModelsNameAreNamedForTheirClasses() throws IOException {
		Map<String, String> beanClasses = new HashMap<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
		for (BeanDefinition bean : scanner.findCandidateComponents("dk.aarshjul")) {
			String name = AnnotationBeanNameGenerator.INSTANCE.generateBeanName(bean, registry);
			String simpleName = ClassUtils.getShortName(bean.getBeanClassName());
			beanClasses.put(name, simpleName);
			assertThat(name).as(bean.getBeanClassName()).isEqualTo(StringUtils.uncapitalize(simpleName));
		}
		Pattern expression = Pattern.compile("\\$\\{([a-z][A-Za-z]*)");
		Set<String> named = new HashSet<>();
		for (Path model : files("bpmn", ".bpmn")) {
			Matcher matcher = expression.matcher(Files.readString(model));
			while (matcher.find()) {
				if (beanClasses.containsKey(matcher.group(1))) {
					named.add(matcher.group(1));
				}
			}
		}
		assertThat(named).contains("cycleCalendar", "registerCycle", "draftingDeadlines", "planInDrafting", "deadlineChase");
		for (String bean : named) {
			assertThat(StringUtils.uncapitalize(beanClasses.get(bean))).as("class of ${" + bean + "}").isEqualTo(bean);
		}
	}

	/**
	 * A model test stands in for the beans its model names; a stand-in for a bean no model names any
	 * more hides that the test no longer tests what its set-up says.
	 */
	@Test
	void modelTestsRegisterStandInsOnlyForBeansAModelNames() throws IOException {
		Set<String> named = new HashSet<>();
		Matcher expression;
		for (Path model : files("bpmn", ".bpmn")) {
			expression = Pattern.compile("\\$\\{([a-z][A-Za-z]*)").matcher(Files.readString(model));
			while (expression.find()) {
				named.add(expression.group(1));
			}
		}
		Pattern standIn = Pattern.compile("Mocks\\.register\\(\"([A-Za-z]+)\"");
		List<String> stale = new ArrayList<>();
		int standIns = 0;
		try (Stream<Path> sources = Files.walk(Path.of("src", "test", "java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
				Matcher matcher = standIn.matcher(Files.readString(source));
				while (matcher.find()) {
					standIns++;
					if (!named.contains(matcher.group(1))) {
						stale.add(source.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(standIns).as("stand-ins registered by the model tests").isGreaterThan(20);
		assertThat(stale).as("stand-ins for beans no model names").isEmpty();
	}

	@Test
	void serviceTasksAreWiredByDelegateExpression() {
		for (BpmnModelInstance model : models()) {
			for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
				assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
				assertThat(task.getCamundaClass()).as(task.getId()).isNull();
			}
		}
	}

	/** Where Tasklist fetches the embedded forms: the build copies forms/*.html to static/tasklist-forms. */
	private static final String EMBEDDED_FORMS = "embedded:/tasklist-forms/";

	@Test
	void userTasksAreRoutedDueAndHaveADeployedForm() throws IOException {
		Set<String> formIds = formIds();
		for (BpmnModelInstance model : models()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
				assertThat(task.getCamundaAssignee()).as("no hard-coded assignee on " + task.getId()).isNull();
				assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
				if (task.getCamundaFormKey() != null) {
					// an embedded form for a task that edits rows, served from forms/ by the application
					assertThat(task.getCamundaFormRef()).as(task.getId()).isNull();
					assertThat(task.getCamundaFormKey()).as(task.getId()).startsWith(EMBEDDED_FORMS);
					assertThat(Path.of("forms", task.getCamundaFormKey().substring(EMBEDDED_FORMS.length())))
						.as("embedded form of " + task.getId())
						.isRegularFile();
					continue;
				}
				assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
				assertThat(formIds).as("form of " + task.getId()).contains(task.getCamundaFormRef());
			}
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				if (start.getCamundaFormRef() != null) {
					assertThat(formIds).contains(start.getCamundaFormRef());
				}
			}
		}
	}

	/**
	 * Every user task is chased from its due date by the quarter-hourly deadline chase
	 * (deadline-chase.bpmn), not by timers of its own: a timeout listener would make the task a
	 * scope with an execution and three jobs of its own.
	 */
	@Test
	void noUserTaskHasTimersOfItsOwn() {
		for (BpmnModelInstance model : models()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaDueDate()).as(task.getId() + " is due").isNotBlank();
				assertThat(task.getExtensionElements() == null ? List.<CamundaTaskListener>of()
						: task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
					.as(task.getId())
					.noneMatch(listener -> "timeout".equals(listener.getCamundaEvent()));
			}
		}
	}

	@Test
	void formComponentIdsAreUnique() throws IOException {
		for (Path form : files("forms", ".form")) {
			List<String> ids = new ArrayList<>();
			collectIds(json.readTree(form.toFile()).get("components"), ids);
			assertThat(ids).as(form.toString()).doesNotHaveDuplicates();
		}
	}

	private static void collectIds(JsonNode components, List<String> ids) {
		for (JsonNode component : components) {
			ids.add(component.get("id").asText());
			if (component.has("components")) {
				collectIds(component.get("components"), ids);
			}
		}
	}

	private static Set<String> formIds() throws IOException {
		Set<String> ids = new HashSet<>();
		for (Path form : files("forms", ".form")) {
			ids.add(json.readValue(form.toFile(), Map.class).get("id").toString());
		}
		return ids;
	}

	private static List<BpmnModelInstance> models() {
		try {
			return files("bpmn", ".bpmn").stream().map(path -> Bpmn.readModelFromFile(new File(path.toString()))).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Path> files(String folder, String suffix) throws IOException {
		try (Stream<Path> paths = Files.list(Path.of(folder))) {
			List<Path> files = paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
			assertThat(files).as(folder).isNotEmpty();
			return files;
		}
	}

}
