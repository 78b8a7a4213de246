package dk.aarshjul.engine;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/** Inside a stored task query, which the public API shows only as a builder. */
public final class TaskQueries {

	private TaskQueries() {
	}

	/**
	 * Takes every expression out of a filter's task query, also out of its or-queries, and puts the
	 * query back in the filter (unsaved); answers whether there were any.
	 */
	public static boolean removeExpressions(Filter filter) {
		if (!(filter.getQuery() instanceof TaskQueryImpl query)) {
			return false;
		}
		boolean found = !query.getExpressions().isEmpty();
		query.getExpressions().clear();
		for (TaskQueryImpl or : query.getQueries()) {
			found |= !or.getExpressions().isEmpty();
			or.getExpressions().clear();
		}
		if (found) {
			filter.setQuery(query);
		}
		return found;
	}

}
