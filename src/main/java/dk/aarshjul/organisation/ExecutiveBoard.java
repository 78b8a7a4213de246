package dk.aarshjul.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The executive board's members, who can be a focus area's responsible director: chosen by name
 * in the drafting form, stored by user id, and shown by name again wherever a plan is shown.
 */
@Component
public class ExecutiveBoard {

	/** A member as a form's select offers them. */
	public record Member(String id, String name) {
	}

	private final IdentityService identity;

	ExecutiveBoard(IdentityService identity) {
		this.identity = identity;
	}

	public List<Member> members() {
		return identity.createUserQuery()
			.memberOfGroup(CamundaGroups.EXECUTIVE_BOARD)
			.list()
			.stream()
			.map(user -> new Member(user.getId(), UserNames.of(user)))
			.sorted(Comparator.comparing(Member::name))
			.toList();
	}

	public boolean isMember(String userId) {
		return userId != null && identity.createUserQuery()
			.memberOfGroup(CamundaGroups.EXECUTIVE_BOARD)
			.userId(userId)
			.count() > 0;
	}

	/** A responsible director's name; a value that names no user (an imported plan's free text) as it is. */
	public String nameOf(String userId) {
		if (userId == null || userId.isBlank()) {
			return null;
		}
		return Optional.ofNullable(identity.createUserQuery().userId(userId).singleResult())
			.map(UserNames::of)
			.orElse(userId);
	}

}
