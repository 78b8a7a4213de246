package dk.aarshjul.organisation;

import java.io.StringReader;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationFileTests {

	private static final String VALID = """
			municipality: Testkommune
			units:
			  - { id: direktion, name: Direktionen, kind: direktion }
			  - { id: skole, name: Skoleområdet, kind: kerneomraade, parent: direktion }
			people:
			  - { id: anne, name: Anne Holm, unit: direktion, level: direktion, chief: true }
			  - { id: bo, name: Bo Berg, unit: skole, level: chef, chief: true }
			bodies:
			  - { id: hovedudvalg, name: Hovedudvalget, kind: hovedudvalg, members: [anne] }
			""";

	@Test
	void demoOrganisationFollowsHolbaek() {
		OrganisationDefinition demo = read(new ClassPathResource("organisation/demo-kommune.yml"));

		assertThat(demo.municipality()).isEqualTo("Demo Kommune");
		assertThat(demo.units()).filteredOn(unit -> unit.kind() == UnitKind.CORE_AREA).hasSize(6);
		assertThat(demo.units()).filteredOn(unit -> unit.kind() == UnitKind.STAFF).hasSize(2);
		assertThat(demo.units()).filteredOn(unit -> unit.kind() == UnitKind.EXECUTIVE_BOARD).hasSize(1);
		assertThat(demo.bodies()).extracting(OrganisationDefinition.BodyDefinition::kind)
			.contains(BodyKind.MAIN_MED_COMMITTEE, BodyKind.FINANCE_COMMITTEE, BodyKind.COUNCIL,
					BodyKind.LOCAL_MED_COMMITTEE);
	}

	@Test
	void validFileIsReadWithLines() {
		OrganisationDefinition organisation = parseAndValidate(VALID);

		assertThat(organisation.units()).extracting(OrganisationDefinition.UnitDefinition::line).containsExactly(3, 4);
		assertThat(organisation.people().get(1).level()).isEqualTo(LeadershipLevel.CHIEF);
		assertThat(organisation.people().get(1).unitId()).isEqualTo("skole");
	}

	@Test
	void unknownParentIsRefusedWithItsLine() {
		String broken = VALID.replace("parent: direktion", "parent: borgmester");

		assertThatThrownBy(() -> parseAndValidate(broken)).isInstanceOf(OrganisationFileException.class)
			.hasMessageContaining("Linje 4: enheden 'skole' har en ukendt overordnet enhed 'borgmester'.");
	}

	@Test
	void duplicateUnitIdIsRefusedWithBothLines() {
		String broken = VALID.replace("{ id: skole, name: Skoleområdet", "{ id: direktion, name: Skoleområdet");

		assertThatThrownBy(() -> parseAndValidate(broken))
			.hasMessageContaining("Linje 4: enheds-id 'direktion' er allerede brugt (linje 3).");
	}

	@Test
	void anEmployeeNumberIsReadAndNamesOnePersonOnly() {
		String numbered = VALID.replace("{ id: anne, name: Anne Holm,", "{ id: anne, name: Anne Holm, employeeNumber: \"4711\",")
			.replace("{ id: bo, name: Bo Berg,", "{ id: bo, name: Bo Berg, employeeNumber: \"4712\",");
		assertThat(parseAndValidate(numbered).people()).extracting(OrganisationDefinition.PersonDefinition::employeeNumber)
			.containsExactly("4711", "4712");

		assertThatThrownBy(() -> parseAndValidate(numbered.replace("4712", "4711")))
			.hasMessageContaining("Linje 7: medarbejdernummeret '4711' er allerede brugt af en anden person (linje 6).");
	}

	@Test
	void duplicatePersonIdIsRefused() {
		String broken = VALID.replace("{ id: bo,", "{ id: anne,");

		assertThatThrownBy(() -> parseAndValidate(broken))
			.hasMessageContaining("Linje 7: person-id 'anne' er allerede brugt (linje 6).");
	}

	@Test
	void leaderWithoutUnitIsRefused() {
		String broken = VALID.replace("{ id: bo, name: Bo Berg, unit: skole, level: chef, chief: true }",
				"{ id: bo, name: Bo Berg, level: chef }");

		assertThatThrownBy(() -> parseAndValidate(broken))
			.hasMessageContaining("Linje 7: lederen 'bo' har et ledelsesniveau, men ingen enhed (feltet 'unit').");
	}

	@Test
	void unknownLevelAndUnknownFieldAreRefused() {
		String broken = VALID.replace("level: chef", "level: boss").replace("kind: hovedudvalg,", "kind: hovedudvalg, size: 3,");

		assertThatThrownBy(() -> parseAndValidate(broken))
			.hasMessageContaining("Linje 7: værdien 'boss' er ikke gyldig for feltet 'level'.")
			.hasMessageContaining("Linje 9: feltet 'size' kendes ikke.");
	}

	@Test
	void unknownCommitteeMemberIsRefused() {
		String broken = VALID.replace("members: [anne]", "members: [anne, carl]");

		assertThatThrownBy(() -> parseAndValidate(broken))
			.hasMessageContaining("Linje 9: udvalget 'hovedudvalg' har et ukendt medlem 'carl'.");
	}

	@Test
	void brokenYamlNamesTheLine() {
		String broken = VALID.replace("  - { id: bo, name: Bo Berg,", "  - { id: bo, name: [Bo Berg,");

		assertThatThrownBy(() -> parseAndValidate(broken)).hasMessageContaining("Linje 7: filen er ikke gyldig YAML");
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		String broken = VALID.replace("parent: direktion", "parent: borgmester")
			.replace("unit: skole, level: chef", "level: chef");

		assertThatThrownBy(() -> parseAndValidate(broken)).isInstanceOfSatisfying(OrganisationFileException.class,
				ex -> assertThat(ex.problems()).extracting(OrganisationProblem::line).contains(4, 7));
	}

	private static OrganisationDefinition read(ClassPathResource resource) {
		OrganisationDefinition organisation = OrganisationFileParser.parse(resource);
		OrganisationValidator.validate(organisation, resource.getDescription());
		return organisation;
	}

	private static OrganisationDefinition parseAndValidate(String yaml) {
		OrganisationDefinition organisation = OrganisationFileParser.parse(new StringReader(yaml), "test.yml");
		OrganisationValidator.validate(organisation, "test.yml");
		return organisation;
	}

}
