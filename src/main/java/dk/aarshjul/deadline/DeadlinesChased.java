package dk.aarshjul.deadline;

import java.time.Instant;

/**
 * A round of the quarter-hourly deadline chase is over: what was late at {@code at} has been
 * chased. Published on the node that ran the round, once per round; whatever must follow the
 * clock without a timer of its own (the Tasklist filter "Forsinkede") listens.
 */
public record DeadlinesChased(Instant at) {
}
