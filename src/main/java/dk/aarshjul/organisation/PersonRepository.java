package dk.aarshjul.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, String> {

	List<Person> findAllByOrderByPosition();

	/** Sign-in by e-mail (security.OrganisationPeople): an address shared by two people identifies neither. */
	List<Person> findByEmailIgnoreCase(String email);

	/** Sign-in by the directory's employee number (security.OrganisationPeople). */
	List<Person> findByEmployeeNumber(String employeeNumber);

}
