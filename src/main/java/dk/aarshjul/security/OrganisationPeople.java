package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.security.SignInProperties.MatchBy;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who someone the identity provider or the directory vouches for is in Årshjul: a person of the
 * organisation file (whom the organisation loading made a Camunda user), with the groups the
 * organisation file gives them. Someone the file does not know is nobody here — never a user
 * without groups.
 */
@Component
class OrganisationPeople {

	private final IdentityService identity;

	OrganisationPeople(IdentityService identity) {
		this.identity = identity;
	}

	/** The person's user id, if the organisation file knows someone by that id or e-mail. */
	Optional<String> find(String value, MatchBy by) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		List<User> found = switch (by) {
			case ID -> identity.createUserQuery().userId(value).list();
			case EMAIL -> identity.createUserQuery().userEmail(value).list();
		};
		// an e-mail address shared by two people identifies neither
		return found.size() == 1 ? Optional.of(found.get(0).getId()) : Optional.empty();
	}

	/** The person's groups as authorities GROUP_<id>; an administrator also gets camunda-admin. */
	List<GrantedAuthority> authorities(String userId, boolean administrator) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		identity.createGroupQuery()
			.groupMember(userId)
			.list()
			.forEach(group -> authorities.add(authority(group.getId())));
		GrantedAuthority admin = authority(CamundaGroups.ADMINISTRATORS);
		if (administrator && !authorities.contains(admin)) {
			authorities.add(admin);
		}
		return authorities;
	}

	private static GrantedAuthority authority(String group) {
		return new SimpleGrantedAuthority(CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group);
	}

}
