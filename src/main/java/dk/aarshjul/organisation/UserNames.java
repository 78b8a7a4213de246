package dk.aarshjul.organisation;

import org.camunda.bpm.engine.identity.User;

/** How a Camunda user is named to people: first and last name, or the id when there is no name. */
public final class UserNames {

	private UserNames() {
	}

	public static String of(User user) {
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
				+ (user.getLastName() == null ? "" : user.getLastName())).trim();
		return name.isEmpty() ? user.getId() : name;
	}

}
