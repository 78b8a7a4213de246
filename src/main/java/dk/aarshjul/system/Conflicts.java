package dk.aarshjul.system;

import java.sql.SQLException;
import java.util.Set;

import dk.aarshjul.task.InvalidTaskInputException;
import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Tells the failures that come from two transactions meeting — the engine's optimistic lock, the
 * JPA version check, a unique row both inserted, a deadlock or serialisation failure — from
 * refused input and from real faults. Camunda and Hibernate wrap them in their own exceptions, so
 * the whole chain of causes is searched.
 */
final class Conflicts {

	/** Serialization failure, deadlock, unique violation (SQL standard, PostgreSQL) and H2's lock timeout. */
	private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01", "23505", "HYT00");

	private Conflicts() {
	}

	static boolean isConflict(Throwable failure) {
		if (refusedInput(failure) != null) {
			return false;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof OptimisticLockingFailureException
					|| cause instanceof OptimisticLockException || cause instanceof PessimisticLockingFailureException
					|| cause instanceof DataIntegrityViolationException
					|| cause instanceof SQLException sql && CONFLICT_STATES.contains(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	static InvalidTaskInputException refusedInput(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidTaskInputException refused) {
				return refused;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
