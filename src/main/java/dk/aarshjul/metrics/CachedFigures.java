package dk.aarshjul.metrics;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The last figures read, for a while: every gauge of one scrape (and of a second scraper within
 * the while) reads the same figures, read once.
 */
final class CachedFigures {

	private final Supplier<GaugeFigures.Figures> read;

	private final long keepNanos;

	private GaugeFigures.Figures figures;

	private long readAt;

	CachedFigures(Supplier<GaugeFigures.Figures> read, Duration keep) {
		this.read = read;
		this.keepNanos = keep.toNanos();
	}

	synchronized GaugeFigures.Figures get() {
		long now = System.nanoTime();
		if (figures == null || now - readAt >= keepNanos) {
			figures = read.get();
			readAt = System.nanoTime();
		}
		return figures;
	}

	/** The next gauge reads anew: a scrape that starts now sees what is. */
	synchronized void forget() {
		figures = null;
	}

}
