package dk.aarshjul.foureyes;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may not decide on what: each rule names a task that may not be completed by anyone who
 * completed one of the named earlier tasks of the same process instance (the same plan's drafting
 * or hearing, the same unit's translation). Kept as data in application.yml, so a municipality
 * can see — and tighten — the rules without reading listeners.
 */
@ConfigurationProperties("aarshjul.four-eyes")
public record FourEyesRules(List<Rule> rules) {

	public FourEyesRules {
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

	/**
	 * @param task the task whose decision needs another pair of eyes
	 * @param notBy the earlier tasks whose completers may not complete it
	 */
	public record Rule(String task, List<String> notBy) {

		public Rule {
			notBy = notBy == null ? List.of() : List.copyOf(notBy);
		}

	}

	public Optional<Rule> forTask(String taskKey) {
		return rules.stream().filter(rule -> rule.task().equals(taskKey)).findFirst();
	}

}
