package dk.aarshjul.overview;

/** What the process owner narrows the overview to; each part may be empty. */
public record OverviewFilter(Integer year, String phase, String unit) {

	public static OverviewFilter none() {
		return new OverviewFilter(null, null, null);
	}

}
