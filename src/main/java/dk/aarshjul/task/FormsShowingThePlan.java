package dk.aarshjul.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.aarshjul.engine.UserTasks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Which Camunda Forms show the plan ({@code {{planSummary}}}) or its heading ({@code {{planHeading}}}),
 * read from the forms themselves, so the summary is made only for tasks that show it. Most tasks of a
 * cycle — writing, discussing and reviewing a unit plan, reporting status — show neither, and
 * making the summary for them cost about a dozen statements per completion: the plan read with its
 * goals, a Json variable written with its history, and deleted again at completion.
 */
@Component
class FormsShowingThePlan {

	private final Set<String> showingTheSummary = new HashSet<>();

	private final Set<String> showingTheHeading = new HashSet<>();

	FormsShowingThePlan(ObjectMapper json) {
		try {
			for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
				String text = form.getContentAsString(StandardCharsets.UTF_8);
				JsonNode id = json.readTree(text).get("id");
				if (id == null) {
					continue;
				}
				if (text.contains(PlanSummaryForForms.PLAN_SUMMARY)) {
					showingTheSummary.add(id.asText());
				}
				if (text.contains(PlanSummaryForForms.PLAN_HEADING)) {
					showingTheHeading.add(id.asText());
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The Camunda Forms under forms/ cannot be read", e);
		}
	}

	boolean showsSummary(DelegateTask task) {
		return showsSummary(formIdOf(task));
	}

	boolean showsHeading(DelegateTask task) {
		return showsHeading(formIdOf(task));
	}

	boolean showsSummary(String formId) {
		return formId != null && showingTheSummary.contains(formId);
	}

	boolean showsHeading(String formId) {
		return formId != null && showingTheHeading.contains(formId);
	}

	/** The id of the Camunda Form a task's model names ({@code camunda:formRef}); null for an embedded form. */
	private static String formIdOf(DelegateTask task) {
		return UserTasks.camundaFormId(task);
	}

}
