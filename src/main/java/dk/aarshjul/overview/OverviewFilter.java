package dk.aarshjul.overview;

/**
 * What the process owner narrows the overview to; each part may be empty. {@code offTrack}: only
 * cycles whose plan has a goal off track ("Mål ude af kurs", see OverviewQueries).
 */
public record OverviewFilter(Integer year, String phase, String unit, boolean offTrack) {

	public OverviewFilter(Integer year, String phase, String unit) {
		this(year, phase, unit, false);
	}

	public static OverviewFilter none() {
		return new OverviewFilter(null, null, null);
	}

}
