package dk.aarshjul.overview;

import java.util.Set;
import java.util.stream.Collectors;

import dk.aarshjul.organisation.Person;
import dk.aarshjul.organisation.PersonRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Who is signed in, as the overview needs to know it: their groups and their unit. */
@Component
class ViewerResolver {

	private static final String GROUP = "GROUP_";

	private final PersonRepository people;

	ViewerResolver(PersonRepository people) {
		this.people = people;
	}

	Viewer of(Authentication user) {
		Set<String> groups = user.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(GROUP))
			.map(authority -> authority.substring(GROUP.length()))
			.collect(Collectors.toSet());
		Set<String> units = people.findById(user.getName())
			.map(Person::getUnitId)
			.filter(unit -> unit != null)
			.map(Set::of)
			.orElse(Set.of());
		return new Viewer(user.getName(), groups, units);
	}

}
