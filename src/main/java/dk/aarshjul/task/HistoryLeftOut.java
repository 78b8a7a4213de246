package dk.aarshjul.task;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;

/**
 * History a feature knows nobody will read: Camunda's history level stays {@code full}, and
 * {@link SelectiveHistory} writes every event but those some bean of this type leaves out. A
 * feature leaves out every event of a kind, never some of them, so that no history row is
 * written for something whose later events are left out (or the other way round).
 */
public interface HistoryLeftOut {

	boolean leavesOut(HistoryEvent event);

}
