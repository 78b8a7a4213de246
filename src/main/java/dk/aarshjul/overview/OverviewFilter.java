package dk.aarshjul.overview;

/** What the process owner narrows the overview to; each part may be empty. */
public record OverviewFilter(Integer year, String phase, String unit) {

	public static OverviewFilter none() {
		return new OverviewFilter(null, null, null);
	}

	boolean admits(OverviewRow row) {
		return (year == null || row.year() == year) && (blank(phase) || phase.equals(row.phase()))
				&& (blank(unit) || row.unitIds().contains(unit));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
