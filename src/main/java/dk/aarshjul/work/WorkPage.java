package dk.aarshjul.work;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's work page: their open tasks, most urgent first (at most {@code shownAtMost}; Tasklist
 * has the rest), and the dates ahead of them.
 */
public record WorkPage(List<WorkItem> tasks, boolean more, int shownAtMost, List<Ahead> ahead) {

	/** A date ahead: a body's next meeting (or deadline) by the body's name, or the next follow-up. */
	public record Ahead(String kind, String body, LocalDate day) {
	}

}
