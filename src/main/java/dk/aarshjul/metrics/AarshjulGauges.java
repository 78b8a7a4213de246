package dk.aarshjul.metrics;

import java.time.Duration;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dk.aarshjul.cycle.CyclePhases;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Årshjul's own figures for an operator's dashboard (docs/nodes.md, "Metrics";
 * docs/grafana-aarshjul.json): open and overdue tasks and cycles per phase, mails and journal
 * entries waiting and failed, incidents, and Camunda's engine metrics. Every gauge of a scrape
 * reads one {@link GaugeFigures.Figures}, worked out by a fixed number of grouped statements however
 * many plans run, and kept for {@code aarshjul.metrics.cache} (10 s) so that a scrape, or two
 * scrapers, cost that once.
 */
@Component
class AarshjulGauges implements MeterBinder {

	private final CachedFigures figures;

	AarshjulGauges(GaugeFigures figures, @Value("${aarshjul.metrics.cache:10s}") Duration cache) {
		this.figures = new CachedFigures(figures::read, cache);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String phase : CyclePhases.IN_ORDER) {
			gauge(registry, "aarshjul.tasks.open", "Open tasks of the running cycles, by the cycle's phase", phase,
					f -> f.openTasks().getOrDefault(phase, 0L));
			gauge(registry, "aarshjul.tasks.overdue", "Open tasks past their due date, by the cycle's phase", phase,
					f -> f.overdueTasks().getOrDefault(phase, 0L));
			gauge(registry, "aarshjul.cycles", "Running cycles, by phase", phase,
					f -> f.cycles().getOrDefault(phase, 0L));
		}
		gauge(registry, "aarshjul.mails.waiting", "Mails not sent yet", null, GaugeFigures.Figures::mailsWaiting);
		gauge(registry, "aarshjul.mails.failed", "Mails whose every try failed (an incident each)", null,
				GaugeFigures.Figures::mailsFailed);
		gauge(registry, "aarshjul.journal.waiting", "Journal entries not delivered yet", null,
				GaugeFigures.Figures::journalWaiting);
		gauge(registry, "aarshjul.journal.failed", "Journal deliveries whose every try failed (an incident each)",
				null, GaugeFigures.Figures::journalFailed);
		gauge(registry, "aarshjul.incidents", "Open incidents in the engine", null, GaugeFigures.Figures::incidents);
		for (String metric : GaugeFigures.ENGINE_METRICS) {
			Gauge.builder("camunda." + metric.replace('-', '.'), figures,
					cached -> cached.get().engine().getOrDefault(metric, 0L))
				.description("Camunda's engine metric " + metric + ", all nodes, as reported to the database")
				.register(registry);
		}
	}

	/** The next scrape reads anew (for tests that count its statements). */
	void forget() {
		figures.forget();
	}

	private void gauge(MeterRegistry registry, String name, String description, String phase,
			ToDoubleFunction<GaugeFigures.Figures> value) {
		Gauge.Builder<CachedFigures> gauge = Gauge.builder(name, figures, cached -> value.applyAsDouble(cached.get()))
			.description(description);
		if (phase != null) {
			gauge.tags(List.of(Tag.of("phase", phase)));
		}
		gauge.register(registry);
	}

}
