package dk.aarshjul.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of the overview and what is known of the whole: how many running cycles match, how
 * many are late, how many are in each phase, and how many head for each date (the wheel).
 */
public record OverviewPage(List<OverviewRow> rows, long total, long overdue, Map<String, Long> byPhase,
		Map<LocalDate, Long> headings, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	/** The position of the page's first row in the whole list, counted from 1. */
	public long first() {
		return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
	}

	public long last() {
		return rows.isEmpty() ? 0 : first() + rows.size() - 1;
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

}
