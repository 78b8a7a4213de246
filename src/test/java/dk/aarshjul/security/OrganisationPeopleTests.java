package dk.aarshjul.security;

import dk.aarshjul.security.SignInProperties.MatchBy;
import dk.aarshjul.system.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a sign-in is, by what the identity provider's claim holds: the person's id, e-mail or the
 * employee number kept in the organisation file. Somebody the file does not know is nobody.
 */
@H2Test
class OrganisationPeopleTests {

	@Autowired
	OrganisationPeople people;

	@Test
	void aClaimFindsThePersonByIdEmailOrEmployeeNumber() {
		assertThat(people.find("anders", MatchBy.ID)).contains("anders");
		assertThat(people.find("Anders@Demo-Kommune.dk", MatchBy.EMAIL)).contains("anders");
		assertThat(people.find("10002", MatchBy.EMPLOYEE_NUMBER)).contains("anders");
	}

	@Test
	void aClaimTheOrganisationFileDoesNotKnowFindsNobody() {
		assertThat(people.find("99999", MatchBy.EMPLOYEE_NUMBER)).isEmpty();
		assertThat(people.find("anders", MatchBy.EMPLOYEE_NUMBER)).as("an id is no employee number").isEmpty();
		assertThat(people.find("", MatchBy.EMPLOYEE_NUMBER)).isEmpty();
	}

}
