package dk.aarshjul.engine;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who the engine acts for: Camunda hands it out as an internal type, so only its ids leave here. */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The signed-in user's id, or null when nobody is (the engine itself, the job executor). */
	public static String id(IdentityService identity) {
		Authentication current = identity.getCurrentAuthentication();
		return current == null ? null : current.getUserId();
	}

	/** The signed-in user's groups; none when nobody is signed in. */
	public static List<String> groupIds(IdentityService identity) {
		Authentication current = identity.getCurrentAuthentication();
		return current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
	}

	/** Does the work signed out (so without anyone's authorizations), then signs the user in again. */
	public static <T> T asNobody(IdentityService identity, Supplier<T> work) {
		Authentication current = identity.getCurrentAuthentication();
		identity.clearAuthentication();
		try {
			return work.get();
		}
		finally {
			if (current != null) {
				identity.setAuthentication(current);
			}
		}
	}

}
