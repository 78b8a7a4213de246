package dk.aarshjul.task;

import java.util.Optional;

/**
 * What Årshjul answers, in Danish, when the engine failed a person's request: a refused form, a
 * task somebody else got to first, a claim or completion the four-eyes rules refuse. One answer for
 * both REST APIs — the engine REST API and the one Tasklist and Cockpit call — so that Tasklist shows
 * the text a caller of {@code /engine-rest} reads, without Camunda's "Cannot submit task form" and
 * the task's id.
 */
public interface DanishEngineAnswers {

	/**
	 * The answer to a request for {@code path} that failed with {@code failure} for {@code userId};
	 * empty when Årshjul has nothing to say and the REST API answers as it does.
	 */
	Optional<Answer> answer(Throwable failure, String path, String userId);

	/** An HTTP status with the REST API's error body: its type and its (Danish) message. */
	record Answer(int status, String type, String message) {
	}

}
