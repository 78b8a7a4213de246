package dk.aarshjul.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.aarshjul.organisation.CamundaGroups;
import dk.aarshjul.organisation.Person;
import dk.aarshjul.organisation.PersonRepository;
import dk.aarshjul.security.SignInProperties.MatchBy;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who someone the identity provider or the directory vouches for is in Årshjul: a person of the
 * organisation file (whom the organisation loading also made a Camunda user), with the groups the
 * organisation file gives them. Someone the file does not know is nobody here — never a user
 * without groups; nor is a Camunda user that is no person of the file, such as the
 * administrators group's standing member ({@link AdminAccount}).
 */
@Component
class OrganisationPeople {

	private final PersonRepository people;

	private final IdentityService identity;

	OrganisationPeople(PersonRepository people, IdentityService identity) {
		this.people = people;
		this.identity = identity;
	}

	/** The person's user id, if the organisation file knows someone by that id, e-mail or employee number. */
	Optional<String> find(String value, MatchBy by) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		List<Person> found = switch (by) {
			case ID -> people.findById(value).stream().toList();
			case EMAIL -> people.findByEmailIgnoreCase(value);
			case EMPLOYEE_NUMBER -> people.findByEmployeeNumber(value);
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
